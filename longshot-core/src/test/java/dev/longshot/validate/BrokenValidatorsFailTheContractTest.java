package dev.longshot.validate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The contract's rollback checks can fail: a rule whose restore forgets to restore, and one
 * whose checkpoint hands out its live, still-changing state, are caught; the same rule with
 * an honest checkpoint passes.
 */
class BrokenValidatorsFailTheContractTest {
    /** How the camera's wandering is remembered and rolled back. */
    private enum Rollback { HONEST, FORGETS, ALIASES }

    /**
     * A plausible rule: within a scene the camera may travel at most {@code limit} metres in
     * all. It remembers the distance so far in a one-element array.
     */
    private static final class Wandering implements Validator {
        final double limit;
        final Rollback rollback;
        double[] travelled = {0};

        Wandering(double strictness, Rollback rollback) {
            this.limit = 23 * Strictness.slack(strictness);
            this.rollback = rollback;
        }

        @Override
        public String rule() {
            return "wandering";
        }

        @Override
        public Schedule schedule() {
            return Schedule.SCENE;
        }

        @Override
        public List<Violation> check(Observation previous, Observation current) {
            List<Violation> found = new ArrayList<>();
            if (previous == null || current.spec().askedChange()) {
                travelled = new double[] {0};
                return found;
            }
            travelled[0] += current.spec().camera().position()
                    .minus(previous.spec().camera().position()).length();
            if (travelled[0] > limit) {
                found.add(new Violation(rule(), current.time(), "camera", "metres travelled",
                        travelled[0], limit));
            }
            return found;
        }

        @Override
        public Object checkpoint() {
            return rollback == Rollback.ALIASES ? travelled : travelled.clone();
        }

        @Override
        public void restore(Object state) {
            if (rollback == Rollback.FORGETS) return;
            double[] s = (double[]) state;
            travelled = rollback == Rollback.ALIASES ? s : s.clone();
        }
    }

    private static ValidatorContract checks(Rollback rollback) {
        DoubleFunction<Validator> make = s -> new Wandering(s, rollback);
        return new ValidatorContract() {
            @Override
            protected Validator create(double strictness) {
                return make.apply(strictness);
            }
        };
    }

    @Test
    void aRestoreThatForgetsStateFailsTheRoundTrip() {
        ValidatorContract c = checks(Rollback.FORGETS);
        assertThrows(AssertionFailedError.class, c::restoreReplaysExactlyWhatTheFirstRunFound);
        assertThrows(AssertionFailedError.class, c::restoreOfARetriedSecondForgetsTheFailedAttempt);
        assertDoesNotThrow(c::freshInstancesFindTheSameViolations);
    }

    @Test
    void aCheckpointOfLiveStateFailsTheRoundTrip() {
        ValidatorContract c = checks(Rollback.ALIASES);
        assertThrows(AssertionFailedError.class, c::restoreReplaysExactlyWhatTheFirstRunFound);
        assertThrows(AssertionFailedError.class, c::restoreOfARetriedSecondForgetsTheFailedAttempt);
    }

    @Test
    void theSameRuleWithAnHonestCheckpointPassesEveryCheck() {
        ValidatorContract c = checks(Rollback.HONEST);
        assertDoesNotThrow(c::namesItsRuleAndSchedule);
        assertDoesNotThrow(c::theShakyStreamBreaksTheRuleAfterTheCheckpoint);
        assertDoesNotThrow(c::freshInstancesFindTheSameViolations);
        assertDoesNotThrow(c::restoreReplaysExactlyWhatTheFirstRunFound);
        assertDoesNotThrow(c::restoreOfARetriedSecondForgetsTheFailedAttempt);
        assertDoesNotThrow(c::restoreToTheStartReplaysTheWholeRun);
        assertDoesNotThrow(c::strictnessOutsideZeroToOneIsRejected);
    }
}
