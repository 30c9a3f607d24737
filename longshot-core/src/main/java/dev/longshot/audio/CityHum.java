package dev.longshot.audio;

import dev.longshot.plan.Setting;

/**
 * Where people live: a city hums (mains and engines, 50–200 Hz) under swelling traffic; an old
 * city or a village murmurs (voice-band noise in syllable-rate pulses) by day.
 */
final class CityHum implements Layer {
    private static final int WARM = 4096;

    @Override
    public String name() {
        return "city";
    }

    @Override
    public boolean ambience() {
        return true;
    }

    @Override
    public void render(SecondView v, Bus out) {
        Setting s = v.setting();
        boolean city = s == Setting.CITY;
        boolean town = s == Setting.ANCIENT_CITY || s == Setting.VILLAGE;
        if (!city && !town) return;
        long key = Noise.key(v.seed, 5);
        long from = v.firstSample();
        double day = 1 - 0.7 * SecondView.mean(v.night);
        if (city) {
            float[] hum = new float[v.rate];
            for (int i = 0; i < v.rate; i++) {
                double t = (from + i) / (double) v.rate;
                hum[i] = (float) (0.05 * Sine.of(t * 50) + 0.03 * Sine.of(t * 100 + 0.2)
                        + 0.015 * Sine.of(t * 150 + 0.5));
            }
            out.addCentre(hum, 1);
            float[] l = Noise.filtered(key, from, v.rate, Biquad.lowPass(650, 0.7, v.rate), WARM);
            float[] r = Noise.filtered(key + 1, from, v.rate,
                    Biquad.lowPass(650, 0.7, v.rate), WARM);
            float[] env = new float[v.rate];
            for (int i = 0; i < v.rate; i++) {
                double t = (from + i) / (double) v.rate;
                env[i] = (float) (0.9 * day * (0.3 + 0.7 * Noise.slow(key + 2, t, 3.1)));
            }
            out.addWide(l, r, env);
        }
        if (town || city) {
            float[] l = Noise.filtered(key + 3, from, v.rate,
                    Biquad.bandPass(550, 0.9, v.rate), WARM);
            float[] r = Noise.filtered(key + 4, from, v.rate,
                    Biquad.bandPass(600, 0.9, v.rate), WARM);
            float[] env = new float[v.rate];
            for (int i = 0; i < v.rate; i++) {
                double t = (from + i) / (double) v.rate;
                env[i] = (float) (0.4 * day * (0.5 + 0.5 * Noise.slow(key + 5, t, 0.21)));
            }
            out.addWide(l, r, env);
        }
    }
}
