package dev.longshot.validate;

/** {@link Gravity} under the validator contract; its own cases: {@link RulesTest}. */
class GravityTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new Gravity(strictness);
    }
}
