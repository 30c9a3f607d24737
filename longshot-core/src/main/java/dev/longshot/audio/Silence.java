package dev.longshot.audio;

import dev.longshot.plan.ScenePlan;
import java.util.Objects;

/** A silent soundtrack: the default until the audio work lands, so files still carry audio. */
public final class Silence implements SoundGenerator {
    private final int sampleRate;

    public Silence(int sampleRate) {
        if (sampleRate < 8000) {
            throw new IllegalArgumentException(
                    "sample rate must be at least 8000 Hz, got " + sampleRate);
        }
        this.sampleRate = sampleRate;
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public short[] second(ScenePlan plan) {
        Objects.requireNonNull(plan, "plan");
        return new short[sampleRate];
    }
}
