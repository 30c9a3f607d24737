package dev.longshot.director;

import dev.longshot.validate.Violation;
import java.util.List;

/**
 * What one run produced.
 *
 * @param seconds        storyboard seconds rendered
 * @param frames         frames written
 * @param scenes         scenes of the plan (each change of setting or water starts one)
 * @param violations     rules broken in the written video, in order (the first 1,000 at most)
 * @param violationCount total number of violations in the written video
 * @param checks         checks run on the written frames
 * @param detected       violations found by any attempt, including those rolled back
 * @param rollbacks      re-sampled attempts made
 * @param unrepaired     failures whose retries all failed (their best attempt was kept)
 * @param smallAsked     subjects or things a line named that stayed below 0.2 % of every
 *                       frame, in order (the first 1,000 at most)
 * @param smallAskedCount how many there were in all
 */
public record RunReport(int seconds, long frames, int scenes, List<Violation> violations,
        long violationCount, long checks, long detected, int rollbacks, int unrepaired,
        List<ShownWarning> smallAsked, long smallAskedCount) {
    public RunReport {
        violations = List.copyOf(violations);
        smallAsked = List.copyOf(smallAsked);
    }

    /** One line: checks, violations, rollbacks. */
    public String validationSummary() {
        return String.format(java.util.Locale.ROOT,
                "%d checks, %d violation(s) kept (%d detected), %d rollback(s), %d unrepaired",
                checks, violationCount, detected, rollbacks, unrepaired);
    }
}
