package dev.longshot.director;

import dev.longshot.validate.Schedule;
import dev.longshot.validate.Validator;
import dev.longshot.validate.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The periodic checkpoint check: tallies, per rule, the checks run and violations kept on the
 * committed seconds, and the rollbacks made, and logs one {@link GenerationLog.CheckpointCheck}
 * every {@code intervalSeconds} committed seconds (and one for the rest at the end).
 */
final class CheckpointAudit {
    private final List<Validator> validators;
    private final int intervalSeconds;
    private final GenerationLog log;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final long[] checks;
    private final long[] violations;
    private int from;
    private int rollbacks;
    private long totalChecks;

    CheckpointAudit(List<Validator> validators, int intervalSeconds, GenerationLog log) {
        if (intervalSeconds < 1) throw new IllegalArgumentException("interval " + intervalSeconds);
        this.validators = List.copyOf(validators);
        this.intervalSeconds = intervalSeconds;
        this.log = log;
        this.checks = new long[validators.size()];
        this.violations = new long[validators.size()];
        for (int i = 0; i < validators.size(); i++) ruleIndex.put(validators.get(i).rule(), i);
    }

    /** The run begins at {@code second} (a segmented run made from a checkpoint). */
    void startAt(int second) {
        from = second;
    }

    /** A re-sampled attempt was made. */
    void rollback() {
        rollbacks++;
    }

    /** Checks run on the written frames so far (all intervals). */
    long totalChecks() {
        return totalChecks;
    }

    /** Second {@code b} reached the sink: its checks and violations are final. */
    void committed(SecondBlock b) throws IOException {
        for (Violation v : b.violations) {
            Integer i = ruleIndex.get(v.rule());
            if (i != null) violations[i]++;
        }
        for (int i = 0; i < validators.size(); i++) {
            long n = validators.get(i).schedule() == Schedule.FRAME ? b.frames.size() : 1;
            checks[i] += n;
            totalChecks += n;
        }
        if ((b.second + 1) % intervalSeconds == 0) close(b.second);
    }

    /** Logs the last, shorter interval of a run of {@code seconds} seconds, if any. */
    void finish(int seconds) throws IOException {
        if (from < seconds) close(seconds - 1);
    }

    private void close(int to) throws IOException {
        List<GenerationLog.RuleTally> tallies = new ArrayList<>();
        for (int i = 0; i < validators.size(); i++) {
            Validator v = validators.get(i);
            tallies.add(new GenerationLog.RuleTally(v.rule(), v.schedule().id(), checks[i],
                    violations[i]));
        }
        log.event(new GenerationLog.CheckpointCheck(from, to, tallies, rollbacks));
        Arrays.fill(checks, 0);
        Arrays.fill(violations, 0);
        rollbacks = 0;
        from = to + 1;
    }
}
