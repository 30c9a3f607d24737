package dev.longshot.director;

import dev.longshot.memory.Planner;
import dev.longshot.story.Storyboard;
import dev.longshot.validate.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Walks the storyboard one second at a time: plan the second, step the world and render each
 * of its frames, validate them, and hold the second in the commit window until it is older
 * than the rollback horizon. A second that breaks a rule rolls the run back to the checkpoint
 * a few seconds earlier, re-samples the world's choices and regenerates (see
 * {@link ValidatedRun}). Memory is bounded by the window, not by the length of the video.
 */
public final class Director {
    private final DirectorConfig config;
    private final Stages stages;
    private final ValidationConfig validation;
    private final WindowMemory memory;

    public Director(DirectorConfig config, Stages stages) {
        this(config, stages, ValidationConfig.defaults());
    }

    public Director(DirectorConfig config, Stages stages, ValidationConfig validation) {
        this(config, stages, validation, WindowMemory.defaults());
    }

    private Director(DirectorConfig config, Stages stages, ValidationConfig validation,
            WindowMemory memory) {
        if (stages.frames().width() != config.width()
                || stages.frames().height() != config.height()) {
            throw new IllegalArgumentException("frame generator size differs from config");
        }
        this.config = config;
        this.stages = stages;
        this.validation = validation;
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    /** The same director, holding the commit window's frames as {@code other} says. */
    public Director withWindowMemory(WindowMemory other) {
        return new Director(config, stages, validation, other);
    }

    /** Format the sink must be opened with for this run. */
    public VideoFormat format() {
        return new VideoFormat(config.width(), config.height(), config.fps(), config.codec(),
                stages.sound().sampleRate(), stages.sound().channels(),
                config.projection().spherical(), config.projection().stereo());
    }

    /** Makes the whole video into {@code sink} (which the caller finishes and closes). */
    public RunReport run(Storyboard storyboard, VideoSink sink, ProgressListener progress)
            throws IOException {
        return run(storyboard, sink, progress, GenerationLog.NONE);
    }

    /** As {@link #run(Storyboard, VideoSink, ProgressListener)}, reporting to {@code log}. */
    public RunReport run(Storyboard storyboard, VideoSink sink, ProgressListener progress,
            GenerationLog log) throws IOException {
        return run(storyboard, sink, progress, log, null);
    }

    /**
     * Makes seconds {@code segments.start()} … {@code segments.end() − 1} of the video cut
     * into segments, reaching the start by the pass without pixels (see {@link SegmentRun});
     * {@code segments} null: the whole video, uncut.
     */
    public RunReport run(Storyboard storyboard, VideoSink sink, ProgressListener progress,
            GenerationLog log, SegmentRun segments) throws IOException {
        if (segments != null && segments.end() > storyboard.totalSeconds()) {
            throw new IllegalArgumentException("segments end at " + segments.end()
                    + " s, the storyboard at " + storyboard.totalSeconds() + " s");
        }
        // passes held with the frames count against the same budget
        int horizon = validation.effectiveRollbackSeconds(config.width(), config.height(),
                config.fps(), 4 + config.extras().heldBytesPerPixel());
        List<GenerationLog.Rule> rules = new ArrayList<>();
        for (Validator v : stages.validators()) {
            rules.add(new GenerationLog.Rule(v.rule(), v.schedule().id()));
        }
        log.begin(new GenerationLog.Header(storyboard.sha256(), storyboard.totalSeconds(),
                config, validation, horizon, rules));
        Planner planner = new Planner(storyboard, stages.text(), stages.memory());
        RunReport report = new ValidatedRun(config, stages, validation, horizon, planner, sink,
                progress, log, segments, memory).run();
        log.end(report);
        return report;
    }

    /**
     * The pass without pixels alone, through second {@code seconds}: plans every second and
     * steps the world and the sound through its frames, as a segmented run does to reach a
     * segment start (no rollbacks replayed). For measuring what that pass costs.
     */
    public void simulate(Storyboard storyboard, int seconds) {
        if (seconds < 0 || seconds > storyboard.totalSeconds()) {
            throw new IllegalArgumentException("seconds " + seconds + " outside the storyboard");
        }
        Planner planner = new Planner(storyboard, stages.text(), stages.memory());
        // replaying renders nothing, so nothing is ever held
        try (HeldFrames held = new HeldFrames(memory)) {
            SecondGenerator generator = new SecondGenerator(stages, planner, config.fps(), held);
            for (int s = 0; s < seconds; s++) generator.replay(s, java.util.OptionalLong.empty());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
