package dev.longshot.director;

import dev.longshot.memory.AudioSummary;
import dev.longshot.memory.Planner;
import dev.longshot.memory.VisualSummary;
import dev.longshot.plan.ScenePlan;
import dev.longshot.render.Frame;
import dev.longshot.validate.Observation;
import dev.longshot.validate.Schedule;
import dev.longshot.validate.Validator;
import dev.longshot.validate.Violation;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the validate-and-rollback loop — jcodec's rate control in spirit: fork, try,
 * accept or retry.
 *
 * <p>Every second: checkpoint memory + world + validators, generate the second, run every
 * validator on every frame (per-second and per-scene rules decide on its last frame). A
 * second that passed waits in the {@link CommitWindow} until it is {@code horizon} seconds
 * old, then goes to the sink. A second F that failed starts an episode: restore the checkpoint
 * at B = F − horizon, re-sample the world with a seed derived from (seed, F, attempt),
 * regenerate B … F and check again; after {@code maxRetries} failed attempts the best one is
 * regenerated (deterministically) and kept with its violations recorded.
 *
 * <p>Why decide at the end of each second rather than at the 30-s checkpoint check: deciding
 * a rollback 30 s late would mean holding 30 s of raw frames (2.6 GB at 720p24) or spilling
 * them to disk. Holding horizon + 1 seconds (6 s at 720p24: 531 MiB, within the 1-GiB budget)
 * is enough because each rule is known by the end of its second; the periodic checkpoint
 * check is the audit over committed seconds that the log records.
 */
final class ValidatedRun {
    private static final int MAX_REPORTED = 1000;
    private static final int MAX_LISTED = 20;

    private final DirectorConfig config;
    private final Stages stages;
    private final ValidationConfig validation;
    private final int horizon;
    private final Planner planner;
    private final VideoSink sink;
    private final ProgressListener progress;
    private final GenerationLog log;
    private final List<Validator> validators;
    private final int seconds;
    private final CommitWindow window;
    private final Deque<Checkpoint> ring = new ArrayDeque<>();

    private Observation previous;
    private int scenes;
    private long committedFrames;
    private long detected;
    private int rollbacks;
    private int unrepaired;
    private long checks;
    private long checksRun;
    private long keptCount;
    private final List<Violation> kept = new ArrayList<>();
    // Audit of the current checkpoint-check interval
    private int auditFrom;
    private final long[] auditChecks;
    private final long[] auditViolations;
    private int auditRollbacks;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    /** A failure being repaired: attempts at seconds {@code to … failed}. */
    private static final class Episode {
        final int failed;
        final int to;
        final List<double[]> scores = new ArrayList<>(); // per attempt: {violations, excess}
        final List<Long> seeds = new ArrayList<>(); // per attempt; 0: the original draw
        long count;
        double excess;
        List<Violation> violations = new ArrayList<>();
        boolean replaying;
        GenerationLog.Rollback pending;

        Episode(int failed, int to) {
            this.failed = failed;
            this.to = to;
            seeds.add(0L);
        }

        void note(List<Violation> found) {
            for (Violation v : found) {
                count++;
                excess += StrictMath.min(1e6, v.excess());
                if (violations.size() < MAX_LISTED) violations.add(v);
            }
        }

        /** Ends the current attempt; returns its first violations. */
        List<Violation> closeAttempt() {
            scores.add(new double[] {count, excess});
            List<Violation> listed = violations;
            violations = new ArrayList<>();
            count = 0;
            excess = 0;
            return listed;
        }

        /** Fewest violations, then least total excess; the earliest attempt on a tie. */
        int best() {
            int best = 0;
            for (int i = 1; i < scores.size(); i++) {
                double[] a = scores.get(i);
                double[] b = scores.get(best);
                if (a[0] < b[0] || a[0] == b[0] && a[1] < b[1]) best = i;
            }
            return best;
        }
    }

    ValidatedRun(DirectorConfig config, Stages stages, ValidationConfig validation, int horizon,
            Planner planner, VideoSink sink, ProgressListener progress, GenerationLog log) {
        this.config = config;
        this.stages = stages;
        this.validation = validation;
        this.horizon = horizon;
        this.planner = planner;
        this.sink = sink;
        this.progress = progress;
        this.log = log;
        this.validators = stages.validators();
        this.seconds = planner.storyboard().totalSeconds();
        this.window = new CommitWindow((horizon + 1) * config.fps());
        this.auditChecks = new long[validators.size()];
        this.auditViolations = new long[validators.size()];
        for (int i = 0; i < validators.size(); i++) ruleIndex.put(validators.get(i).rule(), i);
    }

    RunReport run() throws IOException {
        Episode episode = null;
        int t = 0;
        while (t < seconds) {
            if (ring.isEmpty() || ring.peekLast().second() < t) ring.addLast(checkpoint(t));
            SecondBlock block = generate(t);
            window.add(block);
            detected += block.violations.size();
            checksRun += block.checks;
            if (episode != null) {
                episode.note(block.violations);
                if (t < episode.failed) {
                    t++;
                    continue;
                }
                episode = decide(episode);
                if (episode != null) {
                    t = episode.to;
                    continue;
                }
            } else if (!block.violations.isEmpty() && validation.maxRetries() > 0) {
                episode = open(t);
                t = episode.to;
                continue;
            }
            window.commitThrough(t - horizon, sink, this::committed);
            t++;
        }
        window.commitThrough(Integer.MAX_VALUE, sink, this::committed);
        if (auditFrom < seconds) audit(seconds - 1);
        return new RunReport(seconds, committedFrames, scenes, kept, keptCount, checks, detected,
                rollbacks, unrepaired);
    }

    /** A fresh failure at second {@code t}: open an episode and start attempt 1. */
    private Episode open(int t) {
        Episode e = new Episode(t, Math.max(t - horizon, window.firstSecond(t)));
        for (SecondBlock b : window.heldFrom(e.to)) e.note(b.violations);
        long count = e.count;
        startAttempt(e, e.closeAttempt(), count);
        return e;
    }

    /** End of an attempt's span: accept it, retry, or give up and replay the best attempt. */
    private Episode decide(Episode e) throws IOException {
        if (e.replaying) return null;
        boolean passed = e.count == 0;
        long count = e.count;
        List<Violation> last = e.closeAttempt();
        GenerationLog.Rollback p = e.pending;
        log.event(new GenerationLog.Rollback(p.failedSecond(), p.toSecond(), p.attempt(),
                p.seed(), p.cause(), p.causeCount(), passed));
        if (passed) return null;
        int attempts = e.scores.size() - 1;
        if (attempts < validation.maxRetries()) {
            startAttempt(e, last, count);
            return e;
        }
        int best = e.best();
        unrepaired++;
        log.event(new GenerationLog.GaveUp(e.failed, e.to, attempts, best, e.seeds.get(best),
                (int) e.scores.get(best)[0], last));
        if (best == attempts) return null; // the last attempt is the best: keep it as made
        e.replaying = true;
        restore(e.to);
        if (best > 0) stages.world().resample(e.seeds.get(best));
        return e;
    }

    private void startAttempt(Episode e, List<Violation> cause, long causeCount) {
        int attempt = e.scores.size();
        long seed = Seeds.derive(config.seed(), e.failed, attempt);
        e.seeds.add(seed);
        e.pending = new GenerationLog.Rollback(e.failed, e.to, attempt, seed, List.copyOf(cause),
                (int) causeCount, false);
        rollbacks++;
        auditRollbacks++;
        restore(e.to);
        stages.world().resample(seed);
    }

    /** A second reached the sink: its checks and violations are final. */
    private void committed(SecondBlock b) throws IOException {
        committedFrames += b.frames.size();
        int listed = 0;
        for (Violation v : b.violations) {
            keptCount++;
            if (kept.size() < MAX_REPORTED) kept.add(v);
            Integer i = ruleIndex.get(v.rule());
            if (i != null) auditViolations[i]++;
            if (listed++ < MAX_LISTED) log.event(new GenerationLog.Kept(v));
        }
        for (int i = 0; i < validators.size(); i++) {
            long n = validators.get(i).schedule() == Schedule.FRAME ? b.frames.size() : 1;
            auditChecks[i] += n;
            checks += n;
        }
        if ((b.second + 1) % validation.checkIntervalSeconds() == 0) audit(b.second);
        progress.onFrames(committedFrames, (long) seconds * config.fps());
    }

    /** The periodic checkpoint check: the log's record of the seconds since the last one. */
    private void audit(int to) throws IOException {
        List<GenerationLog.RuleTally> tallies = new ArrayList<>();
        for (int i = 0; i < validators.size(); i++) {
            Validator v = validators.get(i);
            tallies.add(new GenerationLog.RuleTally(v.rule(), v.schedule().id(), auditChecks[i],
                    auditViolations[i]));
        }
        log.event(new GenerationLog.CheckpointCheck(auditFrom, to, tallies, auditRollbacks));
        Arrays.fill(auditChecks, 0);
        Arrays.fill(auditViolations, 0);
        auditRollbacks = 0;
        auditFrom = to + 1;
    }

    /** Rewinds memory, world, validators and the window to the start of {@code second}. */
    private void restore(int second) {
        while (ring.peekLast().second() > second) ring.removeLast();
        Checkpoint c = ring.peekLast();
        if (c.second() != second) throw new IllegalStateException("no checkpoint at " + second);
        stages.memory().restore(c.memory());
        stages.world().restore(c.world());
        for (int i = 0; i < validators.size(); i++) validators.get(i).restore(c.validators().get(i));
        previous = c.previous();
        scenes = c.scenes();
        window.dropFrom(second);
    }

    private Checkpoint checkpoint(int second) {
        List<Object> states = new ArrayList<>(validators.size());
        for (Validator v : validators) states.add(v.checkpoint());
        // Keep the checkpoints a rollback can still reach: the held seconds and this one.
        int oldest = Math.min(second - horizon, window.firstSecond(second));
        while (!ring.isEmpty() && ring.peekFirst().second() < oldest) ring.removeFirst();
        return new Checkpoint(second, stages.memory().checkpoint(), stages.world().checkpoint(),
                Collections.unmodifiableList(states), previous, scenes);
    }

    /** Plans, steps, renders and validates second {@code t}. */
    private SecondBlock generate(int t) {
        int fps = config.fps();
        ScenePlan plan = planner.plan(t);
        SecondBlock block = new SecondBlock(t);
        Frame last = null;
        List<FrameSpec> specs = new ArrayList<>(fps); // sound: the world's state of the second
        for (int f = 0; f < fps; f++) {
            FrameSpec spec = stages.world().step(plan, new Timecode((long) t * fps + f, fps));
            // A scene starts where the plan's scene does (a camera cut inside one is no scene).
            if (previous == null || previous.spec().plan().scene() != plan.scene()) {
                block.newScenes++;
            }
            Frame frame = stages.frames().render(spec);
            Observation now = new Observation(spec, frame, stages.world().observe());
            for (Validator v : validators) {
                if (v.schedule() == Schedule.FRAME || now.endsSecond()) block.checks++;
                block.violations.addAll(v.check(previous, now));
            }
            block.frames.add(frame);
            specs.add(spec);
            previous = now;
            last = frame;
        }
        scenes += block.newScenes;
        // Sound (issue 12): from the world's frame specs of the second; rollback-safe by design.
        block.audio = stages.sound().second(plan, specs);
        // The memory sees what this second looked and sounded like before planning the next.
        stages.memory().observe(VisualSummary.of(last.rgb(), last.width(), last.height()),
                AudioSummary.of(block.audio, stages.sound().channels()));
        return block;
    }
}
