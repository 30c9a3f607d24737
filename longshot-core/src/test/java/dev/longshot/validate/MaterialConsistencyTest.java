package dev.longshot.validate;

/** The MaterialConsistency rule under the validator contract; its own cases are in {@link RulesTest}. */
class MaterialConsistencyTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new MaterialConsistency(strictness);
    }
}
