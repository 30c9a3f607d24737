package dev.longshot.audio;

/** The low roar of a storm between thunderclaps: noise below 70 Hz, in slow swells. */
final class StormRumble implements Layer {
    private static final int WARM = 8192;

    @Override
    public String name() {
        return "storm";
    }

    @Override
    public boolean ambience() {
        return true;
    }

    @Override
    public void render(SecondView v, Bus out) {
        if (SecondView.mean(v.storm) < 0.005) return;
        long key = Noise.key(v.seed, 3);
        long from = v.firstSample();
        float[] env = v.envelope(v.storm);
        for (int i = 0; i < env.length; i++) {
            double swell = Noise.slow(key, (from + i) / (double) v.rate, 2.3);
            env[i] *= (float) (0.6 * (0.4 + 0.6 * swell));
        }
        float[] l = Noise.filtered(key + 1, from, v.rate, Biquad.lowPass(70, 0.7, v.rate), WARM);
        float[] r = Noise.filtered(key + 2, from, v.rate, Biquad.lowPass(70, 0.7, v.rate), WARM);
        out.addWide(l, r, env);
    }
}
