package dev.longshot.director;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects {@link ShownWarning}s from committed seconds, in order: keeps the largest share of
 * each entry the line names over the line's seconds and judges the line when the next one
 * starts (or the run ends). Holds one line at a time and at most {@link #MAX_LISTED}
 * warnings.
 */
final class ShownWarnings {
    static final int MAX_LISTED = 1000;

    private final List<ShownWarning> warnings = new ArrayList<>();
    private long count;
    private int line = -1;
    private final Map<String, Double> largest = new LinkedHashMap<>();

    /** One committed second's record. */
    void add(GenerationLog.Shown s) {
        if (s.line() != line) finishLine();
        line = s.line();
        for (String id : s.named()) largest.merge(id, s.share(id).max(), Math::max);
    }

    /** Judges the line under way. */
    void finishLine() {
        for (var e : largest.entrySet()) {
            if (e.getValue() >= ShownWarning.THRESHOLD) continue;
            count++;
            if (warnings.size() < MAX_LISTED) {
                warnings.add(new ShownWarning(line, e.getKey(), e.getValue()));
            }
        }
        largest.clear();
    }

    List<ShownWarning> warnings() {
        return List.copyOf(warnings);
    }

    long count() {
        return count;
    }
}
