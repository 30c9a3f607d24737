package dev.longshot.director;

import dev.longshot.memory.AudioSummary;
import dev.longshot.memory.VisualSummary;
import dev.longshot.plan.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.render.Frame;
import dev.longshot.story.Storyboard;
import dev.longshot.validate.Validator;
import dev.longshot.validate.Violation;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the storyboard one second at a time: plan the second, step the world and render each
 * of its frames, validate them, and commit the second to the sink. Holds one second of frames
 * at most, so memory does not grow with the length of the video.
 */
public final class Director {
    private static final int MAX_REPORTED_VIOLATIONS = 1000;

    private final DirectorConfig config;
    private final Stages stages;

    public Director(DirectorConfig config, Stages stages) {
        if (stages.frames().width() != config.width()
                || stages.frames().height() != config.height()) {
            throw new IllegalArgumentException("frame generator size differs from config");
        }
        this.config = config;
        this.stages = stages;
    }

    /** Format the sink must be opened with for this run. */
    public VideoFormat format() {
        return new VideoFormat(config.width(), config.height(), config.fps(), config.codec(),
                stages.sound().sampleRate());
    }

    /** Makes the whole video into {@code sink} (which the caller finishes and closes). */
    public RunReport run(Storyboard storyboard, VideoSink sink, ProgressListener progress)
            throws IOException {
        Planner planner = new Planner(storyboard, stages.text(), stages.memory());
        int fps = config.fps();
        long totalFrames = (long) storyboard.totalSeconds() * fps;
        CommitWindow window = new CommitWindow(fps);
        List<Violation> violations = new ArrayList<>();
        long violationCount = 0;
        FrameSpec previous = null;
        int scenes = 0;
        long frameIndex = 0;
        for (int t = 0; t < storyboard.totalSeconds(); t++) {
            ScenePlan plan = planner.plan(t);
            Frame last = null;
            for (int f = 0; f < fps; f++, frameIndex++) {
                FrameSpec spec = stages.world().step(plan, new Timecode(frameIndex, fps));
                if (spec.cut()) scenes++;
                Frame frame = stages.frames().render(spec);
                for (Validator validator : stages.validators()) {
                    for (Violation v : validator.check(previous, spec, frame)) {
                        violationCount++;
                        if (violations.size() < MAX_REPORTED_VIOLATIONS) violations.add(v);
                    }
                }
                window.add(frame);
                previous = spec;
                last = frame;
            }
            short[] pcm = stages.sound().second(plan);
            window.addAudio(pcm);
            // The memory sees what this second looked and sounded like before planning the next.
            stages.memory().observe(VisualSummary.of(last), AudioSummary.of(pcm));
            window.commit(sink);
            progress.onFrames(frameIndex, totalFrames);
        }
        return new RunReport(storyboard.totalSeconds(), frameIndex, scenes, violations,
                violationCount);
    }
}
