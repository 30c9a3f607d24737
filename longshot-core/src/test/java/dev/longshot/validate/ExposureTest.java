package dev.longshot.validate;

/** {@link Exposure} under the validator contract; its own cases: {@link RulesTest}. */
class ExposureTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new Exposure(strictness);
    }
}
