package dev.longshot.validate;

/** The Gravity rule under the validator contract; its own cases are in {@link RulesTest}. */
class GravityTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new Gravity(strictness);
    }
}
