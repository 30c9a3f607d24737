package dev.longshot.audio;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Atmosphere;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import java.util.List;

/**
 * What the sound of one second needs from the world, read off its frame specs: the listener
 * per frame, the weather levels per frame, the place and its water.
 */
final class SecondView {
    final int second;
    final int rate;
    final int fps;
    final long seed;
    final ScenePlan plan;
    final List<FrameSpec> frames;
    final Pose[] poses;
    final double[] rain, snow, storm, clouds, night;

    SecondView(int second, int rate, long seed, ScenePlan plan, List<FrameSpec> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("second " + second + ": no frames");
        }
        this.second = second;
        this.rate = rate;
        this.fps = frames.get(0).time().fps();
        this.seed = seed;
        this.plan = plan;
        this.frames = List.copyOf(frames);
        int n = frames.size();
        poses = new Pose[n];
        rain = new double[n];
        snow = new double[n];
        storm = new double[n];
        clouds = new double[n];
        night = new double[n];
        for (int f = 0; f < n; f++) {
            FrameSpec s = frames.get(f);
            poses[f] = Pose.of(s.camera());
            Atmosphere a = s.lighting().atmosphere();
            rain[f] = a.rain();
            snow[f] = a.snow();
            // The world's storm level goes with its rain: rain 0.6 is plain rain, 1 a storm.
            storm[f] = StrictMath.max(0, StrictMath.min(1, (a.rain() - 0.6) / 0.4));
            clouds[f] = a.clouds();
            night[f] = a.night();
        }
    }

    /** First sample of this second on the whole soundtrack's clock. */
    long firstSample() {
        return (long) second * rate;
    }

    /** The frame whose interval holds sample {@code i} of the second. */
    int frameAt(int i) {
        return StrictMath.min(frames.size() - 1, (int) ((long) i * fps / rate));
    }

    Pose middlePose() {
        return poses[poses.length / 2];
    }

    FrameSpec middle() {
        return frames.get(frames.size() / 2);
    }

    Terrain terrain() {
        return middle().terrain();
    }

    Setting setting() {
        return terrain().setting();
    }

    Water water() {
        return terrain().water();
    }

    /** Per-sample values of a per-frame level, linear between frame centres, held at ends. */
    float[] envelope(double[] perFrame) {
        float[] out = new float[rate];
        int n = perFrame.length;
        for (int i = 0; i < rate; i++) {
            double x = (i + 0.5) * n / rate - 0.5;
            int a = (int) StrictMath.floor(x);
            double k = x - a;
            double va = perFrame[StrictMath.max(0, StrictMath.min(n - 1, a))];
            double vb = perFrame[StrictMath.max(0, StrictMath.min(n - 1, a + 1))];
            out[i] = (float) (va + (vb - va) * k);
        }
        return out;
    }

    /** Mean of a per-frame level. */
    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }
}
