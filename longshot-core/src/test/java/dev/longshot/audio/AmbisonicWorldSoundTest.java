package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.FrameSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 360° soundtrack: the same world in first-order AmbiX, held to the same contract. */
class AmbisonicWorldSoundTest extends SoundGeneratorContract {
    @Override
    protected SoundGenerator create(int sampleRate) {
        return WorldSound.forProjection(11, sampleRate, WorldSound.DEFAULT_LOUDNESS, true);
    }

    private static double[] energies(short[] pcm) {
        double[] e = new double[4];
        for (int i = 0; i < pcm.length; i++) e[i % 4] += (double) pcm[i] * pcm[i];
        return e;
    }

    @Test
    void aSphericalVideoIsHeardInFourChannelsWithTheOmniLoudest() {
        SoundGenerator sound = create(48_000);
        assertEquals(4, sound.channels());
        short[] pcm = sound.second(plans().get(1), frames().get(1));
        assertEquals(48_000 * 4, pcm.length);
        double[] e = energies(pcm);
        assertTrue(e[Ambisonics.W] > 0, "audible");
        // SN3D: no directional channel can hold more than the omni one.
        for (int c = 1; c < 4; c++) assertTrue(e[c] <= e[Ambisonics.W], "channel " + c);
    }

    @Test
    void peaksStayBelowTheCeilingInEveryChannel() {
        List<ScenePlan> storm = new ArrayList<>();
        for (int t = 0; t < 6; t++) storm.add(plans().get(2));
        List<List<FrameSpec>> frames = WorldFrames.of(storm, 4, FPS);
        SoundGenerator sound = WorldSound.forProjection(4, 48_000, -16, true);
        LoudnessMeter m = new LoudnessMeter(48_000, 4);
        for (int t = 0; t < 6; t++) m.add(sound.second(storm.get(t), frames.get(t)));
        assertTrue(m.truePeakDb() <= -1.5, "true peak " + m.truePeakDb());
    }
}
