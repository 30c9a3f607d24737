package dev.longshot.validate;

/** The Exposure rule under the validator contract; its own cases are in {@link RulesTest}. */
class ExposureTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new Exposure(strictness);
    }
}
