package dev.longshot.validate;

/** {@link LightConsistency} under the validator contract; its own cases: {@link RulesTest}. */
class LightConsistencyTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new LightConsistency(strictness);
    }
}
