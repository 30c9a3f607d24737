package dev.longshot.director;

import dev.longshot.memory.Planner;
import dev.longshot.validate.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the validate-and-rollback loop — jcodec's rate control in spirit: fork, try,
 * accept or retry.
 *
 * <p>Every second: checkpoint memory + world + validators ({@link CheckpointRing}), generate
 * the second and run every validator on every frame ({@link SecondGenerator}). A second that
 * passed waits in the {@link CommitWindow} until it is {@code horizon} seconds old, then goes
 * to the sink and into the periodic audit ({@link CheckpointAudit}). A second F that failed
 * opens a {@link RepairEpisode}: restore the checkpoint at B = F − horizon, re-sample the
 * world with a seed derived from (seed, F, attempt), regenerate B … F and check again; after
 * {@code maxRetries} failed attempts the best one is regenerated (deterministically) and kept
 * with its violations recorded.
 *
 * <p>Why decide at the end of each second rather than at the 30-s checkpoint check: deciding
 * a rollback 30 s late would mean holding 30 s of raw frames (2.6 GB at 720p24) or spilling
 * them to disk. Holding horizon + 1 seconds (6 s at 720p24: 531 MiB, within the 1-GiB budget)
 * is enough because each rule is known by the end of its second; the periodic checkpoint
 * check is the audit over committed seconds that the log records. Of those seconds, only
 * {@link WindowMemory#bytes()} stay in the heap; the rest wait in a spill file
 * ({@link HeldFrames}).
 */
final class ValidatedRun {
    private static final int MAX_REPORTED = 1000;
    private static final int MAX_LISTED = 20;

    private final DirectorConfig config;
    private final Stages stages;
    private final ValidationConfig validation;
    private final int horizon;
    private final int seconds;
    private final VideoSink sink;
    private final ProgressListener progress;
    private final GenerationLog log;
    private final SecondGenerator generator;
    private final CheckpointRing ring;
    private final CommitWindow window;
    private final HeldFrames held;
    private final CheckpointAudit audit;
    /** Null: one uninterrupted run from 0 with no segment fences. */
    private final SegmentRun segments;
    private final RollbackJournal journal;
    private final int first;

    // What the report says
    private long committedFrames;
    private long detected;
    private int rollbacks;
    private int unrepaired;
    private long keptCount;
    private final List<Violation> kept = new ArrayList<>();
    private final ShownWarnings shown = new ShownWarnings();

    ValidatedRun(DirectorConfig config, Stages stages, ValidationConfig validation, int horizon,
            Planner planner, VideoSink sink, ProgressListener progress, GenerationLog log,
            SegmentRun segments, WindowMemory memory) {
        this.config = config;
        this.stages = stages;
        this.validation = validation;
        this.horizon = horizon;
        this.segments = segments;
        this.journal = segments == null ? new RollbackJournal() : segments.journal();
        this.first = segments == null ? 0 : segments.start();
        this.seconds = segments == null ? planner.storyboard().totalSeconds() : segments.end();
        this.sink = sink;
        this.progress = progress;
        this.log = log;
        this.held = new HeldFrames(memory);
        this.generator = new SecondGenerator(stages, planner, config.fps(), held);
        this.ring = new CheckpointRing(horizon);
        this.window = new CommitWindow((horizon + 1) * config.fps(), held);
        this.audit = new CheckpointAudit(stages.validators(), validation.checkIntervalSeconds(),
                log);
    }

    /** Runs once; the spill file, if one was made, is gone when this returns or throws. */
    RunReport run() throws IOException {
        try (held) {
            return loop();
        }
    }

    private RunReport loop() throws IOException {
        RepairEpisode episode = null;
        int t = first;
        audit.startAt(first);
        // The pass without pixels: memory, world and sound to the segment's start
        int shotsBefore = 0;
        for (int s = 0; s < t; s++) {
            GenerationLog.Framed framed = generator.replay(s, journal.saltAt(s));
            for (GenerationLog.FrameCamera c : framed.frames()) if (c.startsShot()) shotsBefore++;
            log.event(framed); // a hand-off of the whole video needs these cameras too
        }
        if (segments != null) journal.dropFrom(t);
        log.event(new GenerationLog.Reached(first, shotsBefore));
        progress.onFrames(0, totalFrames()); // drawing starts: the progress clock too
        while (t < seconds) {
            if (ring.needs(t)) {
                if (segments != null && segments.startsSegment(t)) {
                    generator.fence();
                    segments.settled().settled(t, journal);
                }
                ring.add(generator.checkpoint(t), window.firstSecond(t));
            }
            SecondBlock block = generator.generate(t);
            window.add(block);
            detected += block.violations.size();
            Optional<RepairEpisode.Rewind> rewind = Optional.empty();
            if (episode != null) {
                episode.note(block.violations);
                if (t < episode.failed()) {
                    t++;
                    continue;
                }
                rewind = episode.end();
                if (rewind.isEmpty()) {
                    if (episode.gaveUp()) unrepaired++;
                    episode = null;
                }
            } else if (!block.violations.isEmpty() && validation.maxRetries() > 0) {
                int to = Math.max(t - horizon, window.firstSecond(t));
                if (segments != null) to = Math.max(to, segments.segmentOf(t)); // a fence
                episode = RepairEpisode.open(t, to, window.heldFrom(to), validation.maxRetries(),
                        config.seed(), log);
                rewind = Optional.of(episode.firstAttempt());
            }
            if (rewind.isPresent()) {
                t = rewind(rewind.get());
                continue;
            }
            window.commitThrough(t - horizon, sink, this::committed);
            t++;
        }
        window.commitThrough(Integer.MAX_VALUE, sink, this::committed);
        audit.finish(seconds);
        if (segments != null) segments.settled().settled(seconds, journal);
        shown.finishLine();
        return new RunReport(seconds - first, committedFrames, generator.scenes(), kept, keptCount,
                audit.totalChecks(), detected, rollbacks, unrepaired, shown.warnings(),
                shown.count());
    }

    /** Rewinds memory, world, validators and the window; returns the second to make next. */
    private int rewind(RepairEpisode.Rewind r) {
        if (r.retry()) {
            rollbacks++;
            audit.rollback();
        }
        generator.restore(ring.rewindTo(r.second()));
        window.dropFrom(r.second());
        r.reseed().ifPresent(seed -> stages.world().resample(seed));
        journal.rewound(r.second(), r.reseed());
        return r.second();
    }

    /** A second goes to the sink: its checks and violations are final. */
    private void committed(SecondBlock b) throws IOException {
        committedFrames += b.frames.size();
        int listed = 0;
        for (Violation v : b.violations) {
            keptCount++;
            if (kept.size() < MAX_REPORTED) kept.add(v);
            if (listed++ < MAX_LISTED) log.event(new GenerationLog.Kept(v));
        }
        audit.committed(b);
        log.event(new GenerationLog.Planned(b.plan));
        log.event(new GenerationLog.Framed(b.second, b.line, b.plan.text(), b.cameras));
        if (b.shown.measured()) {
            GenerationLog.Shown record = b.shown.record(b.second);
            log.event(record);
            shown.add(record);
        }
        if (!b.sounds.isEmpty()) log.event(new GenerationLog.Sounds(b.second, b.sounds));
        progress.onFrames(committedFrames, totalFrames());
    }

    /** The frames this run draws and commits. */
    private long totalFrames() {
        return (long) (seconds - first) * config.fps();
    }
}
