package dev.longshot.validate;

/** The EntityMotion rule under the validator contract; its own cases are in {@link RulesTest}. */
class EntityMotionTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new EntityMotion(strictness);
    }
}
