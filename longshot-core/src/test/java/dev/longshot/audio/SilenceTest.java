package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SilenceTest extends SoundGeneratorContract {
    @Override
    protected SoundGenerator create(int sampleRate) {
        return new Silence(sampleRate);
    }

    @Test
    void everySampleIsZero() {
        for (short s : create(44_100).second(plans().get(2))) assertEquals(0, s);
    }
}
