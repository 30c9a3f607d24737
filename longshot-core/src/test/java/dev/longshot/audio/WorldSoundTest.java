package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.FrameSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldSoundTest extends SoundGeneratorContract {
    @Override
    protected SoundGenerator create(int sampleRate) {
        return new WorldSound(11, sampleRate, WorldSound.DEFAULT_LOUDNESS);
    }

    @Test
    void theWorldIsHeardInStereo() {
        SoundGenerator sound = create(48_000);
        assertEquals(2, sound.channels());
        List<List<FrameSpec>> frames = frames();
        short[] pcm = sound.second(plans().get(1), frames.get(1));
        short[] left = new short[pcm.length / 2], right = new short[pcm.length / 2];
        for (int i = 0; i < left.length; i++) {
            left[i] = pcm[2 * i];
            right[i] = pcm[2 * i + 1];
        }
        assertFalse(Arrays.equals(left, right), "wind and rain differ in each ear");
        int peak = 0;
        for (short s : pcm) peak = Math.max(peak, Math.abs(s));
        assertTrue(peak > 1000, "audible: " + peak);
    }

    @Test
    void theSeedChangesTheSound() {
        List<List<FrameSpec>> frames = frames();
        short[] a = new WorldSound(1, 48_000, -16).second(plans().get(1), frames.get(1));
        short[] b = new WorldSound(2, 48_000, -16).second(plans().get(1), frames.get(1));
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void peaksStayBelowTheCeilingAndTheTargetIsReached() {
        // Eight seconds of the stormy coast: the follower has a scene to settle on.
        List<ScenePlan> storm = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) storm.add(plans().get(2));
        List<List<FrameSpec>> frames = WorldFrames.of(storm, 4, FPS);
        WorldSound sound = new WorldSound(4, 48_000, -20);
        LoudnessMeter m = new LoudnessMeter(48_000, 2);
        for (int t = 0; t < 8; t++) m.add(sound.second(storm.get(t), frames.get(t)));
        assertTrue(m.truePeakDb() <= -1.5, "true peak " + m.truePeakDb());
        assertEquals(-20, m.integratedLufs(), 1.5);
    }

    @Test
    void loudnessOutOfRangeIsRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new WorldSound(0, 48_000, 3));
        assertTrue(e.getMessage().contains("3.0"), e.getMessage());
    }

    @Test
    void secondsAskedForAgainAfterOthersAreUnchanged() {
        List<List<FrameSpec>> frames = frames();
        WorldSound sound = new WorldSound(9, 48_000, -16);
        short[] first1 = null;
        for (int t = 0; t < 3; t++) {
            short[] s = sound.second(plans().get(t), frames.get(t));
            if (t == 1) first1 = s;
        }
        sound.second(plans().get(0), frames.get(0));
        assertArrayEquals(first1, sound.second(plans().get(1), frames.get(1)));
    }
}
