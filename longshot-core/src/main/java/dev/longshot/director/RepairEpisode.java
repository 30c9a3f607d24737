package dev.longshot.director;

import dev.longshot.validate.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The repair of one failed second F: attempts that regenerate seconds {@code to … F}, each
 * with a world re-sampled from a seed derived from (seed, F, attempt). An attempt whose
 * seconds all pass ends the episode; after {@code maxRetries} failed attempts the best one
 * (fewest violations, then least total excess; the earliest on a tie) is regenerated and kept.
 * The episode only decides and logs; the run does the rewinding it asks for.
 */
final class RepairEpisode {
    private static final int MAX_LISTED = 20;

    /**
     * Rewind to the start of {@code second} and make it again.
     *
     * @param reseed the world's re-sampling seed; empty: keep the original draw
     * @param retry  whether this starts a new attempt (a rollback), not the replay of the best
     */
    record Rewind(int second, OptionalLong reseed, boolean retry) {}

    private final int failed;
    private final int to;
    private final int maxRetries;
    private final long runSeed;
    private final GenerationLog log;
    private final List<double[]> scores = new ArrayList<>(); // per attempt: {violations, excess}
    private final List<Long> seeds = new ArrayList<>(); // per attempt; 0: the original draw
    private long count;
    private double excess;
    private List<Violation> violations = new ArrayList<>();
    private boolean replaying;
    private boolean gaveUp;
    private GenerationLog.Rollback pending;

    private RepairEpisode(int failed, int to, int maxRetries, long runSeed, GenerationLog log) {
        this.failed = failed;
        this.to = to;
        this.maxRetries = maxRetries;
        this.runSeed = runSeed;
        this.log = log;
        seeds.add(0L);
    }

    /**
     * Second {@code failed} broke a rule: opens its repair, scoring the original draw of
     * {@code to … failed} from the seconds {@code held}; {@link #firstAttempt()} starts it.
     */
    static RepairEpisode open(int failed, int to, List<SecondBlock> held, int maxRetries,
            long runSeed, GenerationLog log) {
        if (maxRetries < 1) throw new IllegalArgumentException("maxRetries " + maxRetries);
        RepairEpisode e = new RepairEpisode(failed, to, maxRetries, runSeed, log);
        for (SecondBlock b : held) e.note(b.violations);
        return e;
    }

    /** The second whose failure this episode repairs. */
    int failed() {
        return failed;
    }

    /** The first second every attempt regenerates. */
    int to() {
        return to;
    }

    /** Whether every attempt failed (the best one is, or was, kept). */
    boolean gaveUp() {
        return gaveUp;
    }

    /** Counts the violations of a second of the current attempt. */
    void note(List<Violation> found) {
        for (Violation v : found) {
            count++;
            excess += StrictMath.min(1e6, v.excess());
            if (violations.size() < MAX_LISTED) violations.add(v);
        }
    }

    /** Ends the original draw and starts attempt 1. */
    Rewind firstAttempt() {
        long causeCount = count;
        return startAttempt(closeAttempt(), causeCount);
    }

    /**
     * The current attempt reached the failed second: accept it, retry, or give up and replay
     * the best attempt. Returns the rewind to make, or empty when the episode is over.
     */
    Optional<Rewind> end() throws IOException {
        if (replaying) return Optional.empty();
        boolean passed = count == 0;
        long causeCount = count;
        List<Violation> last = closeAttempt();
        GenerationLog.Rollback p = pending;
        log.event(new GenerationLog.Rollback(p.failedSecond(), p.toSecond(), p.attempt(),
                p.seed(), p.cause(), p.causeCount(), passed));
        if (passed) return Optional.empty();
        int attempts = scores.size() - 1;
        if (attempts < maxRetries) return Optional.of(startAttempt(last, causeCount));
        int best = best();
        gaveUp = true;
        log.event(new GenerationLog.GaveUp(failed, to, attempts, best, seeds.get(best),
                (int) scores.get(best)[0], last));
        if (best == attempts) return Optional.empty(); // the last is the best: keep it
        replaying = true;
        OptionalLong reseed = best > 0 ? OptionalLong.of(seeds.get(best)) : OptionalLong.empty();
        return Optional.of(new Rewind(to, reseed, false));
    }

    private Rewind startAttempt(List<Violation> cause, long causeCount) {
        int attempt = scores.size();
        long seed = Seeds.derive(runSeed, failed, attempt);
        seeds.add(seed);
        pending = new GenerationLog.Rollback(failed, to, attempt, seed, List.copyOf(cause),
                (int) causeCount, false);
        return new Rewind(to, OptionalLong.of(seed), true);
    }

    /** Ends the current attempt; returns its first violations. */
    private List<Violation> closeAttempt() {
        scores.add(new double[] {count, excess});
        List<Violation> listed = violations;
        violations = new ArrayList<>();
        count = 0;
        excess = 0;
        return listed;
    }

    /** Fewest violations, then least total excess; the earliest attempt on a tie. */
    private int best() {
        int best = 0;
        for (int i = 1; i < scores.size(); i++) {
            double[] a = scores.get(i);
            double[] b = scores.get(best);
            if (a[0] < b[0] || a[0] == b[0] && a[1] < b[1]) best = i;
        }
        return best;
    }
}
