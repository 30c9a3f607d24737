package dev.longshot.memory;

/**
 * (AUD) band energies of the previous second's soundtrack: the RMS of 8 contiguous slices of
 * the second's samples after a first-difference (a crude high-pass), log-compressed to [0, 1].
 * Zeros while the soundtrack is silence.
 */
public final class AudioSummary {
    public static final int SIZE = 8;

    private AudioSummary() {}

    public static float[] absent() {
        return new float[SIZE];
    }

    /** The summary of interleaved PCM of {@code channels} channels, mixed down to mono. */
    public static float[] of(short[] pcm, int channels) {
        if (channels <= 1) return of(pcm);
        short[] mono = new short[pcm.length / channels];
        for (int i = 0; i < mono.length; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) sum += pcm[i * channels + c];
            mono[i] = (short) (sum / channels);
        }
        return of(mono);
    }

    public static float[] of(short[] pcm) {
        float[] v = new float[SIZE];
        if (pcm.length < SIZE * 2) return v;
        int per = pcm.length / SIZE;
        for (int b = 0; b < SIZE; b++) {
            double e = 0;
            for (int i = b * per + 1; i < (b + 1) * per; i++) {
                double d = (pcm[i] - pcm[i - 1]) / 32768.0;
                e += d * d;
            }
            double rms = Math.sqrt(e / per);
            v[b] = (float) Math.min(1, StrictMath.log1p(100 * rms) / StrictMath.log1p(100));
        }
        return v;
    }
}
