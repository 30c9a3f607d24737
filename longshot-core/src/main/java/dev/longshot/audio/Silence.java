package dev.longshot.audio;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.FrameSpec;
import java.util.List;
import java.util.Objects;

/** A silent soundtrack of {@code channels} channels; with 0 channels, no audio stream at all. */
public final class Silence implements SoundGenerator {
    private final int sampleRate;
    private final int channels;

    public Silence(int sampleRate, int channels) {
        if (sampleRate < 8000) {
            throw new IllegalArgumentException(
                    "sample rate must be at least 8000 Hz, got " + sampleRate);
        }
        if (channels < 0 || channels > 8) {
            throw new IllegalArgumentException("channels must be 0 … 8, got " + channels);
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
    }

    /** Mono silence. */
    public Silence(int sampleRate) {
        this(sampleRate, 1);
    }

    /** No sound at all: the video gets no audio stream ({@code --audio off}). */
    public static Silence none(int sampleRate) {
        return new Silence(sampleRate, 0);
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public short[] second(ScenePlan plan, List<FrameSpec> frames) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(frames, "frames");
        return new short[sampleRate * channels];
    }
}
