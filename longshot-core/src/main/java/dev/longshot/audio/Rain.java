package dev.longshot.audio;

/**
 * Rain and snow. Rain is broadband: the wash of many drops (noise over 1–16 kHz, different in
 * each ear) and the patter of near ones (sparse impulses ringing a short band-pass). Falling snow
 * is a soft, low hush.
 */
final class Rain implements Layer {
    private static final int WARM = 4096;

    @Override
    public String name() {
        return "rain";
    }

    @Override
    public boolean ambience() {
        return true;
    }

    @Override
    public void render(SecondView v, Bus out) {
        boolean raining = SecondView.mean(v.rain) > 0.005;
        boolean snowing = SecondView.mean(v.snow) > 0.005;
        if (!raining && !snowing) return;
        long key = Noise.key(v.seed, 2);
        long from = v.firstSample();
        if (raining) {
            float[] env = v.envelope(v.rain);
            for (int i = 0; i < env.length; i++) env[i] = 0.45f * env[i];
            // A wide band (2 kHz, Q 0.5): even energy per octave from 1 to 16 kHz, not a hiss.
            float[] l = Noise.filtered(key + 1, from, v.rate,
                    Biquad.bandPass(2000, 0.5, v.rate), WARM);
            float[] r = Noise.filtered(key + 2, from, v.rate,
                    Biquad.bandPass(2000, 0.5, v.rate), WARM);
            out.addWide(l, r, env);
            out.addWide(patter(key + 3, from, v.rate), patter(key + 4, from, v.rate), env);
        }
        if (snowing) {
            float[] env = v.envelope(v.snow);
            for (int i = 0; i < env.length; i++) env[i] = 0.12f * env[i];
            float[] l = Noise.filtered(key + 5, from, v.rate,
                    Biquad.lowPass(1500, 0.7, v.rate), WARM);
            float[] r = Noise.filtered(key + 6, from, v.rate,
                    Biquad.lowPass(1500, 0.7, v.rate), WARM);
            out.addWide(l, r, env);
        }
    }

    /** Drops: about 400 impulses a second, each ringing a 2.8 kHz band-pass. */
    private static float[] patter(long key, long from, int rate) {
        Biquad ring = Biquad.bandPass(2800, 3, rate);
        double p = 400.0 / rate;
        for (long n = from - WARM; n < from; n++) ring.next(drop(key, n, p));
        float[] s = new float[rate];
        for (int i = 0; i < rate; i++) s[i] = (float) (2.5 * ring.next(drop(key, from + i, p)));
        return s;
    }

    private static double drop(long key, long n, double p) {
        long h = Noise.mix(key + n * 0xD1B54A32D192ED03L);
        return Noise.unit(h) < p ? Noise.unit(Noise.mix(h)) * 2 - 1 : 0;
    }
}
