package dev.longshot.validate;

/** {@link MaterialConsistency} under the validator contract; its own cases: {@link RulesTest}. */
class MaterialConsistencyTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new MaterialConsistency(strictness);
    }
}
