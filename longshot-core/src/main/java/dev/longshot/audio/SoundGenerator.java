package dev.longshot.audio;

import dev.longshot.plan.ScenePlan;

/** Makes the soundtrack one storyboard second at a time; deterministic like the frames. */
public interface SoundGenerator {
    /** Samples per second of the PCM this generator returns. */
    int sampleRate();

    /** Mono 16-bit PCM for one second: exactly {@link #sampleRate()} samples. */
    short[] second(ScenePlan plan);
}
