package dev.longshot.media.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.FrameProjection;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.plan.ScenePlan;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lightning;
import dev.longshot.world.Timecode;
import dev.longshot.world.WorldSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soundtrack as a viewer gets it: made by the director from the world, encoded to AAC,
 * decoded again, and measured in the decoded samples — never in the generator's bookkeeping.
 */
class SoundtrackTest {
    private static final int FPS = 24;
    private static final String STORM = "a storm over the mountains, lightning\n";

    @TempDir
    Path dir;

    /** A world that remembers every frame spec it made (runs here have no rollback). */
    private static final class RecordingWorld implements WorldSimulator {
        final WorldSimulator inner;
        final List<FrameSpec> specs = new ArrayList<>();

        RecordingWorld(WorldSimulator inner) {
            this.inner = inner;
        }

        @Override
        public FrameSpec step(ScenePlan plan, Timecode time) {
            FrameSpec s = inner.step(plan, time);
            specs.add(s);
            return s;
        }

        @Override
        public Snapshot checkpoint() {
            return inner.checkpoint();
        }

        @Override
        public void restore(Snapshot snapshot) {
            inner.restore(snapshot);
        }
    }

    private static Storyboard board(String line, int seconds) {
        return StoryboardParser.parse("storm.txt",
                line.repeat(seconds).getBytes(StandardCharsets.UTF_8));
    }

    /** Makes the video without validators (so without rollback); returns the world's specs. */
    private static List<FrameSpec> make(Storyboard board, Path video, int threads)
            throws IOException {
        DirectorConfig config = new DirectorConfig(320, 180, FPS, 7, VideoCodec.H264, threads,
                FrameProjection.PERSPECTIVE);
        try (Stages all = Stages.defaults(config)) {
            RecordingWorld world = new RecordingWorld(all.world());
            Stages stages = all.withValidators(List.of()).withWorld(world);
            Director director = new Director(config, stages);
            try (VideoSink sink = LabelledVideoWriter.open(video, director.format(),
                    ProvenanceMetadata.of("test", board, config), LabelMode.BOTH)) {
                director.run(board, sink, ProgressListener.NONE);
                sink.finish();
            }
            return world.specs;
        }
    }

    private static float[] decodedMono(Path video) throws IOException {
        try (AudioReader in = AudioReader.open(video)) {
            assertEquals(2, in.channels());
            assertEquals(48_000, in.sampleRate());
            short[] pcm = in.readAll();
            float[] mono = new float[pcm.length / 2];
            for (int i = 0; i < mono.length; i++) {
                mono[i] = (pcm[2 * i] + pcm[2 * i + 1]) / 65536f;
            }
            return mono;
        }
    }

    /** When each thunder should be heard: flash onset + bolt distance / 343 m/s. */
    private static List<Double> expectedThunder(List<FrameSpec> specs) {
        List<Double> out = new ArrayList<>();
        double last = Double.NaN;
        for (FrameSpec s : specs) {
            if (s.lighting().atmosphere().flash() <= 0) continue;
            Lightning.Strike k = Lightning.strikeAt(s.lighting().atmosphere().seed(),
                    s.time().seconds());
            if (k == null || k.onsetSeconds() == last) continue;
            last = k.onsetSeconds();
            out.add(k.onsetSeconds() + k.distanceMetres() / 343);
        }
        return out;
    }

    /** Energy of 10 ms windows every 5 ms, below about 400 Hz (thunder's band; rain is high). */
    private static double[] hops(float[] in) {
        float[] x = lowPass(lowPass(in, 400), 400);
        int hop = 240;
        double[] e = new double[x.length / hop - 1];
        for (int k = 0; k < e.length; k++) {
            double s = 1e-12;
            for (int i = k * hop; i < k * hop + 2 * hop; i++) s += x[i] * x[i];
            e[k] = s;
        }
        return e;
    }

    private static float[] lowPass(float[] x, double hz) {
        double a = 1 - Math.exp(-2 * Math.PI * hz / 48_000);
        float[] y = new float[x.length];
        double v = 0;
        for (int i = 0; i < x.length; i++) {
            v += (x[i] - v) * a;
            y[i] = (float) v;
        }
        return y;
    }

    /**
     * The first onset within 0.3 s of {@code t}, seconds: the first window whose energy rises
     * past 4x (6 dB) the mean of the 300 ms before it. NaN when there is none.
     */
    private static double firstOnsetNear(double[] e, double t) {
        int from = (int) ((t - 0.3) / 0.005), to = (int) ((t + 0.3) / 0.005);
        boolean above = true;
        for (int k = Math.max(61, from); k < Math.min(e.length, to); k++) {
            double mean = 0;
            for (int j = k - 60; j < k - 3; j++) mean += e[j];
            mean /= 57;
            boolean now = e[k] > 4 * mean;
            // The window starts 5 ms before its hop's centre: the rise is in its second half.
            if (now && !above) return k * 0.005 + 0.005;
            above = now;
        }
        return Double.NaN;
    }

    @Test
    void everyThunderFollowsItsFlashByTheBoltsDistanceOverTheSpeedOfSound() throws IOException {
        Path video = dir.resolve("storm.mp4");
        List<FrameSpec> specs = make(board(STORM, 24), video, 2);
        double[] e = hops(decodedMono(video));
        List<Double> expected = expectedThunder(specs);
        int checked = 0;
        for (int i = 0; i < expected.size(); i++) {
            double t = expected.get(i);
            // Checked alone: a thunder in the 1.5 s before still rings and masks a far one's
            // onset (as it would to a listener); one just after would blur it.
            boolean alone = true;
            for (double o : expected) alone &= o == t || o - t > 0.15 || t - o > 1.5;
            if (!alone || t > 23.5) continue;
            double heard = firstOnsetNear(e, t);
            assertFalse(Double.isNaN(heard), "no onset near thunder at " + t + " s");
            assertEquals(t, heard, 1.0 / FPS, "thunder expected at " + t + " s");
            checked++;
        }
        assertTrue(checked >= 3, "thunders checked: " + checked + " of " + expected);
    }

    @Test
    void theDecodedSoundIsTheSameForAnyNumberOfThreads() throws IOException {
        Storyboard b = board(STORM, 4);
        Path one = dir.resolve("one.mp4"), three = dir.resolve("three.mp4");
        make(b, one, 1);
        make(b, three, 3);
        float[] a = decodedMono(one);
        assertArrayEquals(a, decodedMono(three));
        double energy = 0;
        for (float v : a) energy += v * v;
        assertTrue(energy / a.length > 1e-5, "not silence: " + energy / a.length);
    }
}
