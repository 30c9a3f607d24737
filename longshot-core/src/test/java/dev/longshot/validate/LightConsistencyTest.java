package dev.longshot.validate;

/** The LightConsistency rule under the validator contract; its own cases are in {@link RulesTest}. */
class LightConsistencyTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new LightConsistency(strictness);
    }
}
