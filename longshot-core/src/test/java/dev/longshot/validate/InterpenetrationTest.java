package dev.longshot.validate;

/** {@link Interpenetration} under the validator contract; its own cases: {@link RulesTest}. */
class InterpenetrationTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new Interpenetration(strictness);
    }
}
