package dev.longshot.validate;

/** {@link EntityMotion} under the validator contract; its own cases: {@link RulesTest}. */
class EntityMotionTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new EntityMotion(strictness);
    }
}
