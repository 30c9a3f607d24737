package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SilenceTest extends SoundGeneratorContract {
    @Override
    protected SoundGenerator create(int sampleRate) {
        return new Silence(sampleRate);
    }

    @Test
    void noneHasNoChannelsAndNoSamples() {
        Silence none = Silence.none(48_000);
        assertEquals(0, none.channels());
        assertEquals(0, none.second(plans().get(0), frames().get(0)).length);
    }

    @Test
    void everySampleIsZero() {
        for (short s : create(44_100).second(plans().get(2), frames().get(2))) assertEquals(0, s);
    }
}
