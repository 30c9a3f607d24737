package dev.longshot.validate;

/** {@link OpticalFlow} under the validator contract; its own cases: {@link RulesTest}. */
class OpticalFlowTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new OpticalFlow(strictness);
    }
}
