package dev.longshot.audio;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.FrameSpec;
import java.util.List;

/**
 * Makes the soundtrack one storyboard second at a time from the world the frames show;
 * deterministic like the frames.
 *
 * <p>Rollback: the director may ask for a second again (after restoring the world to an
 * earlier checkpoint) and then for the seconds after it in order. A generator must return for
 * second t what a first run would, given the frames of t and of the seconds before it that
 * were last generated — so any state it keeps must be keyed by second and overwritten when a
 * second is generated again.
 */
public interface SoundGenerator {
    /** Samples per second per channel of the PCM this generator returns. */
    int sampleRate();

    /** Interleaved channels of the PCM: 2 (stereo) for the world's sound; 0 for none. */
    int channels();

    /**
     * Interleaved 16-bit PCM for one second: {@code sampleRate() * channels()} samples.
     *
     * @param plan   the plan of the second
     * @param frames the world's frame specs of the second, in order (one per frame)
     */
    short[] second(ScenePlan plan, List<FrameSpec> frames);

    /**
     * The sounds found in second {@code t} as it was last generated (thunder found in t may be
     * heard seconds later), in the order they start; none for a generator without events.
     */
    default List<HeardSound> heard(int t) {
        return List.of();
    }
}
