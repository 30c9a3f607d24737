package dev.longshot.audio;

import dev.longshot.plan.Setting;

/**
 * Wind: band-limited noise, different in each ear, in gusts. Stronger in open, high or bare
 * places, with cloud and rain, and with the camera's height above the ground.
 */
final class Wind implements Layer {
    private static final int WARM = 4096;

    @Override
    public String name() {
        return "wind";
    }

    @Override
    public boolean ambience() {
        return true;
    }

    static double base(Setting s) {
        return switch (s) {
            case MOUNTAINS, SNOWFIELD, SKY -> 0.55;
            case DESERT, COAST, CANYON -> 0.4;
            case CITY, ANCIENT_CITY, VILLAGE -> 0.12;
            default -> 0.22;
        };
    }

    @Override
    public void render(SecondView v, Bus out) {
        double[] level = new double[v.frames.size()];
        double base = base(v.setting());
        for (int f = 0; f < level.length; f++) {
            var spec = v.frames.get(f);
            double up = spec.camera().position().y()
                    - spec.terrain().heightAt(spec.camera().position().x(),
                            spec.camera().position().z());
            double height = StrictMath.min(1, StrictMath.max(0, up) / 150);
            level[f] = StrictMath.min(1.2, base + 0.3 * v.clouds[f] * v.clouds[f]
                    + 0.35 * v.rain[f] + 0.5 * v.storm[f] + 0.3 * height);
        }
        float[] env = v.envelope(level);
        long key = Noise.key(v.seed, 1);
        long from = v.firstSample();
        for (int i = 0; i < env.length; i++) {
            double t = (from + i) / (double) v.rate;
            double gust = 0.35
                    + 0.65 * Noise.slow(key, t, 1.7) * (0.6 + 0.4 * Noise.slow(key + 9, t, 0.35));
            env[i] = (float) (env[i] * gust * 0.5);
        }
        float[] l = Noise.filtered(key + 1, from, v.rate, Biquad.bandPass(420, 0.6, v.rate), WARM);
        float[] r = Noise.filtered(key + 2, from, v.rate, Biquad.bandPass(380, 0.6, v.rate), WARM);
        out.addWide(l, r, env);
    }
}
