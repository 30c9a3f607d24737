package dev.longshot.validate;

/** The OpticalFlow rule under the validator contract; its own cases are in {@link RulesTest}. */
class OpticalFlowTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new OpticalFlow(strictness);
    }
}
