package dev.longshot.validate;

/** The Interpenetration rule under the validator contract; its own cases are in {@link RulesTest}. */
class InterpenetrationTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new Interpenetration(strictness);
    }
}
