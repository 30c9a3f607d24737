package dev.longshot.audio;

import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;

/**
 * Water by kind, placed where the terrain holds it (the nearest wet point found around the
 * camera): a stream babbles (mid-high band, quick irregular bubbling), a river roars (steady
 * low-mid noise), a lake laps (low noise in slow irregular pulses), the sea surfs (low swells
 * every ~7 s with a hiss on each break).
 */
final class WaterSound implements Layer {
    private static final int WARM = 4096;
    private static final double[] RINGS = {4, 12, 30, 70, 150, 300};

    @Override
    public String name() {
        return "water";
    }

    @Override
    public boolean ambience() {
        return true;
    }

    @Override
    public void render(SecondView v, Bus out) {
        Water kind = v.water();
        if (kind == Water.NONE) return;
        Pose pose = v.middlePose();
        Vec3 at = nearestWater(v.terrain(), pose);
        long key = Noise.key(v.seed, 4);
        long from = v.firstSample();
        float[] s = switch (kind) {
            case STREAM -> stream(key, from, v.rate);
            case RIVER -> scale(Noise.filtered(key, from, v.rate,
                    Biquad.lowPass(1100, 0.6, v.rate), WARM), 1.6);
            case LAKE -> lake(key, from, v.rate);
            default -> surf(key, from, v.rate);
        };
        double loud = switch (kind) {
            case STREAM -> 0.7;
            case RIVER -> 1.2;
            case LAKE -> 0.8;
            default -> 3.0;
        };
        // A body of water is wide: beyond its own distance loss, keep some of it in both ears.
        Spatial.place(out, s, 0, at, pose, loud * 0.7, v.rate);
        double spread = loud * 0.3 * Spatial.distanceGain(pose.distance(at));
        out.addCentre(s, spread);
    }

    /** The nearest point around the camera where the ground lies under water. */
    static Vec3 nearestWater(Terrain t, Pose pose) {
        double level = t.waterLevel();
        for (double r : RINGS) {
            for (int k = 0; k < 12; k++) {
                Vec3 p = pose.ahead(k * 30, r);
                if (t.heightAt(p.x(), p.z()) < level) {
                    return new Vec3(p.x(), level, p.z());
                }
            }
        }
        return pose.ahead(0, 500);
    }

    private static float[] stream(long key, long from, int rate) {
        float[] hi = Noise.filtered(key, from, rate, Biquad.bandPass(2400, 1.2, rate), WARM);
        float[] mid = Noise.filtered(key + 1, from, rate, Biquad.bandPass(800, 1.5, rate), WARM);
        for (int i = 0; i < rate; i++) {
            double t = (from + i) / (double) rate;
            double bubble = Noise.slow(key + 2, t, 0.045);
            double b2 = Noise.slow(key + 3, t, 0.11);
            hi[i] = (float) (hi[i] * bubble * bubble * 3 + mid[i] * b2 * 1.5);
        }
        return hi;
    }

    private static float[] lake(long key, long from, int rate) {
        float[] s = Noise.filtered(key, from, rate, Biquad.lowPass(500, 0.7, rate), WARM);
        for (int i = 0; i < rate; i++) {
            double t = (from + i) / (double) rate;
            double lap = Noise.slow(key + 5, t, 0.6);
            s[i] = (float) (s[i] * lap * lap * 3);
        }
        return s;
    }

    private static float[] surf(long key, long from, int rate) {
        float[] low = Noise.filtered(key, from, rate, Biquad.lowPass(320, 0.7, rate), WARM);
        float[] hiss = Noise.filtered(key + 1, from, rate, Biquad.highPass(2500, 0.7, rate), WARM);
        for (int i = 0; i < rate; i++) {
            double t = (from + i) / (double) rate;
            double phase = t / 7.0 + 0.3 * Noise.slow(key + 6, t, 7);
            double swell = 0.5 + 0.5 * Sine.of(phase);
            double crest = StrictMath.pow(swell, 6);
            low[i] = (float) (low[i] * (0.25 + swell) * 2 + hiss[i] * crest * 0.4);
        }
        return low;
    }

    private static float[] scale(float[] s, double g) {
        for (int i = 0; i < s.length; i++) s[i] = (float) (s[i] * g);
        return s;
    }
}
