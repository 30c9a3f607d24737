package dev.longshot.audio;

import dev.longshot.world.Vec3;

/**
 * One sound that starts at a moment: a thunderclap, a footstep, a call. Its samples are a pure
 * function of these fields, so a second that a long sound rings into can render its part again
 * at any time.
 *
 * @param voice    what it sounds like
 * @param start    first sample on the soundtrack's clock
 * @param position where it is in the world, metres
 * @param level    loudness at the reference distance, linear
 * @param key      noise and variation of this one sound
 * @param param    a voice-specific shape (thunder: distance, metres)
 */
record SoundEvent(Voice voice, long start, Vec3 position, double level, long key, double param) {
    /** Samples it lasts at {@code rate}. */
    int length(int rate) {
        return voice.length(this, rate);
    }

    /** Seconds on the soundtrack's clock when it starts. */
    double startSeconds(int rate) {
        return start / (double) rate;
    }
}
