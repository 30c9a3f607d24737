package dev.longshot.audio;

/**
 * The synthesisers of {@link Voice}: closed-form oscillators (phase as a function of time, so
 * any stretch renders without running from the start) and counter noise through filters warmed
 * up on the samples just before the stretch.
 */
final class Voices {
    private static final int WARM = 4096;

    private Voices() {}

    /**
     * Thunder: a crack (broadband, only when near) then a rumble whose brightness falls and
     * length grows with distance, rolling in irregular bursts.
     */
    static float[] thunder(SoundEvent e, int from, int n, int rate) {
        double d = e.param();
        double near = StrictMath.max(0, 1 - d / 2500);
        Biquad lp = Biquad.lowPass(120 + 900 * near * near, 0.7, rate);
        float[] s = Noise.filtered(e.key(), from, n, lp, WARM);
        float[] crack = Noise.filtered(e.key() + 1, from, n, Biquad.highPass(300, 0.7, rate), 256);
        double tau = 0.7 + d / 1600;
        for (int i = 0; i < n; i++) {
            double t = (from + i) / (double) rate;
            double attack = StrictMath.min(1, t / 0.004);
            // The first arrival (the nearest stretch of the bolt) is whole; then it rolls.
            double roll = StrictMath.max(StrictMath.exp(-t / 0.15),
                    0.35 + 0.65 * Noise.slow(e.key() + 2, t, 0.18));
            double env = attack * StrictMath.exp(-t / tau) * roll;
            double c = attack * StrictMath.exp(-t / 0.05) * (0.3 + near);
            s[i] = (float) (s[i] * env * 6 + crack[i] * c);
        }
        return s;
    }

    /** A footfall: a low thump; a hoof adds a short hard click. */
    static float[] step(SoundEvent e, int from, int n, int rate, boolean hoof) {
        float[] s = Noise.filtered(e.key(), from, n, Biquad.lowPass(380, 0.8, rate), 512);
        float[] c = Noise.filtered(e.key() + 1, from, n, Biquad.bandPass(2200, 2, rate), 512);
        for (int i = 0; i < n; i++) {
            double t = (from + i) / (double) rate;
            double attack = StrictMath.min(1, t / 0.002);
            double thump = attack * StrictMath.exp(-t / 0.022) * 5;
            double click = hoof ? attack * StrictMath.exp(-t / 0.005) * 3 : 0.6 * thump / 5;
            s[i] = (float) (s[i] * thump + c[i] * click);
        }
        return s;
    }

    /** A songbird's chirp: a fast rising sweep in 2.5–7 kHz with a shimmer of vibrato. */
    static float[] chirp(SoundEvent e, int from, int n, int rate) {
        double f0 = 2600 + 2200 * Noise.unit(Noise.mix(e.key()));
        double f1 = f0 + 1500 * (Noise.unit(Noise.mix(e.key() + 1)) - 0.3);
        double len = e.length(rate) / (double) rate;
        return sweep(from, n, rate, f0, f1, len, 45, 0.15);
    }

    /** An eagle's screech: a falling, rough cry around 2–3 kHz. */
    static float[] screech(SoundEvent e, int from, int n, int rate) {
        return sweep(from, n, rate, 3000, 2000, 0.8, 85, 0.35);
    }

    // A sine sweeping linearly f0 → f1 over len s with vibrato, under a sine-shaped envelope.
    private static float[] sweep(int from, int n, int rate, double f0, double f1, double len,
            double vibHz, double vibDepth) {
        float[] s = new float[n];
        double slope = (f1 - f0) / len;
        for (int i = 0; i < n; i++) {
            double t = (from + i) / (double) rate;
            if (t >= len) break;
            double phase = f0 * t + 0.5 * slope * t * t;
            double vib = vibDepth * f0 / (2 * StrictMath.PI * vibHz) * Sine.of(t * vibHz);
            double env = Sine.of(0.5 * t / len);
            s[i] = (float) (0.5 * env * Sine.of(phase + vib / (2 * StrictMath.PI)));
        }
        return s;
    }

    /** A wolf's howl: a rising then falling tone near 450–700 Hz with two harmonics. */
    static float[] howl(SoundEvent e, int from, int n, int rate) {
        double len = 2.6;
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            double t = (from + i) / (double) rate;
            if (t >= len) break;
            // f(t) = 450 + 250 sin(π t / len); phase = ∫ f
            double cos = Sine.of(0.25 + t / (2 * len));
            double phase = 450 * t + 250 * len / StrictMath.PI * (1 - cos);
            double env = StrictMath.min(1, t / 0.3) * StrictMath.min(1, (len - t) / 0.6);
            s[i] = (float) (env * (0.5 * Sine.of(phase) + 0.15 * Sine.of(2 * phase)
                    + 0.05 * Sine.of(3 * phase)));
        }
        return s;
    }

    /** A sheep's bleat: a buzzy 330 Hz voice with a fast tremolo. */
    static float[] bleat(SoundEvent e, int from, int n, int rate) {
        double len = 0.6;
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            double t = (from + i) / (double) rate;
            if (t >= len) break;
            double phase = 330 * t;
            double trem = 0.6 + 0.4 * Sine.of(t * 7);
            double env = StrictMath.min(1, t / 0.05) * StrictMath.min(1, (len - t) / 0.15);
            double v = 0;
            for (int h = 1; h <= 6; h++) v += Sine.of(h * phase) / h;
            s[i] = (float) (0.35 * env * trem * v);
        }
        return s;
    }

    /** One wing beat: a soft low whoosh. */
    static float[] wing(SoundEvent e, int from, int n, int rate) {
        float[] s = Noise.filtered(e.key(), from, n, Biquad.lowPass(600, 0.7, rate), WARM);
        double len = 0.14;
        for (int i = 0; i < n; i++) {
            double t = (from + i) / (double) rate;
            s[i] = (float) (t < len ? s[i] * Sine.of(0.5 * t / len) * 2 : 0);
        }
        return s;
    }

    /** A cricket's chirp: three 4.6 kHz pulses of 18 ms. */
    static float[] cricket(SoundEvent e, int from, int n, int rate) {
        float[] s = new float[n];
        double f = 4300 + 600 * Noise.unit(e.key());
        for (int i = 0; i < n; i++) {
            double t = (from + i) / (double) rate;
            double pulse = t % 0.03;
            if (t >= 0.09 || pulse >= 0.018) continue;
            s[i] = (float) (0.4 * Sine.of(pulse / 0.036) * Sine.of(f * t));
        }
        return s;
    }

    /** A bell's partials (hum, prime, tierce, quint, nominal …) as ratios to its strike note. */
    private static final double[] BELL_RATIOS = {0.5, 1, 1.2, 1.5, 2, 2.52, 3, 4.1};
    private static final double[] BELL_LEVELS = {0.5, 0.8, 0.45, 0.3, 0.6, 0.25, 0.2, 0.12};

    /**
     * A bell's stroke: inharmonic partials of the strike note ({@code param}, Hz), the low
     * ones ringing for seconds and the high ones dying fast, over the clang of the striker.
     */
    static float[] bell(SoundEvent e, int from, int n, int rate) {
        float[] s = Noise.filtered(e.key(), from, n, Biquad.bandPass(2400, 1.5, rate), 512);
        double f = e.param();
        for (int i = 0; i < n; i++) {
            double t = (from + i) / (double) rate;
            double attack = StrictMath.min(1, t / 0.003);
            double v = 0;
            for (int k = 0; k < BELL_RATIOS.length; k++) {
                double tau = 4.5 / StrictMath.sqrt(BELL_RATIOS[k] * 2);
                v += BELL_LEVELS[k] * StrictMath.exp(-t / tau)
                        * Sine.of(BELL_RATIOS[k] * f * t + 0.17 * k);
            }
            double fade = StrictMath.min(1, (7 - t) / 0.5); // to silence at its end
            s[i] = (float) (attack * fade * (0.4 * v + s[i] * StrictMath.exp(-t / 0.03)));
        }
        return s;
    }
}
