package dev.longshot.director;

import dev.longshot.validate.Violation;
import java.util.List;

/**
 * What one run produced.
 *
 * @param seconds    storyboard seconds rendered
 * @param frames     frames written
 * @param scenes     scenes (cuts + 1)
 * @param violations every rule broken, in order (the first 1,000 at most)
 * @param violationCount total number of violations
 */
public record RunReport(int seconds, long frames, int scenes, List<Violation> violations,
        long violationCount) {
    public RunReport {
        violations = List.copyOf(violations);
    }
}
