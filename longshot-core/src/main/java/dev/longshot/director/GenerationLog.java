package dev.longshot.director;

import dev.longshot.audio.HeardSound;
import dev.longshot.plan.ScenePlan;
import dev.longshot.validate.Violation;
import dev.longshot.world.camera.Camera;
import java.io.IOException;
import java.util.List;

/**
 * Where the director reports every check, violation and rollback, in the order they happen.
 * Nothing in it depends on the wall clock, so the same input gives the same log.
 */
public interface GenerationLog {
    GenerationLog NONE = new GenerationLog() {
        @Override
        public void begin(Header header) {}

        @Override
        public void event(Event event) {}

        @Override
        public void end(RunReport report) {}
    };

    void begin(Header header) throws IOException;

    void event(Event event) throws IOException;

    void end(RunReport report) throws IOException;

    /**
     * What the run was asked to do.
     *
     * @param storyboardSha256 digest of the storyboard's bytes
     * @param seconds          storyboard seconds
     * @param config           the director's configuration
     * @param validation       the validation configuration
     * @param rollbackSeconds  the horizon actually used (the budget may shrink it)
     * @param rules            rule name and schedule of each validator, in run order
     */
    record Header(String storyboardSha256, int seconds, DirectorConfig config,
            ValidationConfig validation, int rollbackSeconds, List<Rule> rules) {}

    /** A validator as the log names it. */
    record Rule(String rule, String schedule) {}

    /** Something that happened. */
    sealed interface Event {}

    /** A violation that stayed in the written video (its second could not be repaired). */
    record Kept(Violation violation) implements Event {}

    /**
     * A rollback: seconds {@code toSecond … failedSecond} were regenerated with {@code seed}.
     *
     * @param failedSecond the second whose check failed
     * @param toSecond     the checkpoint rolled back to
     * @param attempt      1 for the first re-sampled attempt …
     * @param seed         derived seed (seed, failed second, attempt) of the re-sampling
     * @param cause        violations of the attempt before (at most 20)
     * @param causeCount   how many there were in all
     * @param passed       whether this attempt's seconds all passed
     */
    record Rollback(int failedSecond, int toSecond, int attempt, long seed,
            List<Violation> cause, int causeCount, boolean passed) implements Event {}

    /**
     * Every attempt failed: the best one (fewest violations, then least excess) was kept.
     *
     * @param keptAttempt 0 for the original draw
     * @param violations  violations of the kept attempt
     * @param last        violations of the last attempt (at most 20)
     */
    record GaveUp(int failedSecond, int toSecond, int attempts, int keptAttempt, long seed,
            int violations, List<Violation> last) implements Event {}

    /**
     * The periodic checkpoint check over the committed seconds {@code from … to}: per rule,
     * how many checks ran on the written frames and how many failed.
     */
    record CheckpointCheck(int from, int to, List<RuleTally> rules, int rollbacks)
            implements Event {}

    /**
     * What second {@code second} showed (issue 11): every catalog entry on screen with the
     * share of the frame it covered, beside the entries its plan asked for.
     *
     * @param line    the storyboard line it belongs to (1-based line of the source file)
     * @param asked   ids of the plan's subjects and things that the catalog draws
     * @param named   those of {@code asked} the line itself names (the rest carried over)
     * @param entries every entry seen in the second, the most covered first
     */
    record Shown(int second, int line, List<String> asked, List<String> named,
            List<Share> entries) implements Event {
        public Shown {
            asked = List.copyOf(asked);
            named = List.copyOf(named);
            entries = List.copyOf(entries);
        }

        /** The share of {@code id} in this second, none when it was not on screen. */
        public Share share(String id) {
            for (Share s : entries) if (s.id().equals(id)) return s;
            return new Share(id, 0, 0);
        }
    }

    /**
     * The plan second {@code plan.t()} was rendered from, logged when the second is committed:
     * the same object {@code longshot plan --json} prints for it.
     */
    record Planned(ScenePlan plan) implements Event {}

    /**
     * One entry's share of the frame over a second's frames.
     *
     * @param id   catalog id ({@code sky}: where nothing was drawn; {@code unknown}: geometry
     *             that stands for no entry)
     * @param mean mean share of the frame's pixels, 0 … 1
     * @param max  largest share in any one frame, 0 … 1
     */
    record Share(String id, double mean, double max) {}

    /**
     * The camera of every frame of a committed second, for hand-off files (the JSON log
     * leaves it out: an hour of cameras would swamp the log). A segmented run tells it also
     * for each second it passes without pixels to reach its start, before {@link Reached}.
     *
     * @param line   the storyboard line (1-based line of the source file)
     * @param text   that line's text
     * @param frames one per frame, in order
     */
    record Framed(int second, int line, String text, List<FrameCamera> frames)
            implements Event {
        public Framed {
            frames = List.copyOf(frames);
        }
    }

    /**
     * One frame's camera.
     *
     * @param frame      0-based frame of the video
     * @param camera     where it was and how it looked
     * @param cut        whether the picture changes scene here (a cut, or a dissolve or morph
     *                   starting)
     * @param transition {@code cut}, or the kind of change under way
     */
    record FrameCamera(long frame, Camera camera, boolean cut, String transition) {
        /** Whether a new shot begins here: the first frame, or a change of scene. */
        public boolean startsShot() {
            return frame == 0 || cut;
        }
    }

    /** Both logs, in this order: e.g. the JSON log and a hand-off writer. */
    static GenerationLog both(GenerationLog first, GenerationLog second) {
        return new GenerationLog() {
            @Override
            public void begin(Header header) throws IOException {
                first.begin(header);
                second.begin(header);
            }

            @Override
            public void event(Event event) throws IOException {
                first.event(event);
                second.event(event);
            }

            @Override
            public void end(RunReport report) throws IOException {
                first.end(report);
                second.end(report);
            }
        };
    }

    /**
     * The sound events of a committed second (issue 12): thunder, bells, engines, calls and
     * footfalls, each with when it is heard and how far from the camera.
     */
    record Sounds(int second, List<HeardSound> sounds) implements Event {
        public Sounds {
            sounds = List.copyOf(sounds);
        }
    }

    /**
     * Where the run starts drawing, told before its first second: a segmented run reaches a
     * later start by the pass without pixels, and what came before it there is known only
     * here (a run from the start: second 0, no shots). Hand-off writers and burn-in number
     * their shots from it, so an excerpt's shot numbers are those of the whole video.
     *
     * @param second      the first second drawn
     * @param shotsBefore shots begun in the seconds before it (a cut or the first frame)
     */
    record Reached(int second, int shotsBefore) implements Event {}

    /** One rule's checks in a checkpoint check. */
    record RuleTally(String rule, String schedule, long checks, long violations) {
        public String result() {
            return violations == 0 ? "pass" : "fail";
        }
    }
}
