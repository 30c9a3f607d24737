package dev.longshot.media.metrics;

import dev.longshot.audio.Fft;
import dev.longshot.media.decode.AudioReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Power over time and frequency of a video's decoded soundtrack (channels mixed to mono):
 * Hann-windowed frames of {@link #WINDOW} samples every {@link #HOP}, in dB relative to a
 * full-scale sine. What a sound designer looks at to see rain as broadband hiss, birds at
 * 2–8 kHz and surf as slow low swells.
 *
 * @param rate   sample rate, Hz
 * @param frames per analysis frame, power in dB per FFT bin 0 … WINDOW/2
 */
public record Spectrogram(int rate, List<double[]> frames) {
    public static final int WINDOW = 2048;
    public static final int HOP = 1024;

    public Spectrogram {
        frames = List.copyOf(frames);
    }

    /** The first {@code seconds} of {@code video}'s soundtrack. */
    public static Spectrogram of(Path video, double seconds) throws IOException {
        try (AudioReader in = AudioReader.open(video)) {
            int channels = in.channels();
            int want = (int) StrictMath.min(Integer.MAX_VALUE - 8, seconds * in.sampleRate());
            float[] mono = new float[want];
            int n = 0;
            for (short[] c = in.next(); c != null && n < want; c = in.next()) {
                for (int i = 0; i + channels <= c.length && n < want; i += channels) {
                    float sum = 0;
                    for (int k = 0; k < channels; k++) sum += c[i + k];
                    mono[n++] = sum / channels / 32768f;
                }
            }
            return of(java.util.Arrays.copyOf(mono, n), in.sampleRate());
        }
    }

    /** The spectrogram of {@code samples} (−1 … 1) at {@code rate}. */
    public static Spectrogram of(float[] samples, int rate) {
        double[] hann = new double[WINDOW];
        double gain = 0;
        for (int i = 0; i < WINDOW; i++) {
            hann[i] = 0.5 - 0.5 * StrictMath.cos(2 * StrictMath.PI * i / WINDOW);
            gain += hann[i];
        }
        // A full-scale sine reads 0 dB: its bin's magnitude is gain/2.
        double ref = gain / 2 * (gain / 2);
        List<double[]> out = new ArrayList<>();
        double[] re = new double[WINDOW];
        double[] im = new double[WINDOW];
        for (int start = 0; start + WINDOW <= samples.length; start += HOP) {
            for (int i = 0; i < WINDOW; i++) {
                re[i] = samples[start + i] * hann[i];
                im[i] = 0;
            }
            Fft.transform(re, im);
            double[] db = new double[WINDOW / 2 + 1];
            for (int k = 0; k < db.length; k++) {
                double p = (re[k] * re[k] + im[k] * im[k]) / ref;
                db[k] = 10 * StrictMath.log10(StrictMath.max(p, 1e-12));
            }
            out.add(db);
        }
        return new Spectrogram(rate, out);
    }

    /** Hz per FFT bin. */
    public double binHz() {
        return rate / (double) WINDOW;
    }

    /** Seconds between analysis frames. */
    public double frameSeconds() {
        return HOP / (double) rate;
    }

    /** Share of the power between {@code lo} and {@code hi} Hz, over every frame. */
    public double share(double lo, double hi) {
        double in = 0;
        double all = 0;
        for (double[] f : frames) {
            for (int k = 1; k < f.length; k++) {
                double p = StrictMath.pow(10, f[k] / 10);
                all += p;
                double hz = k * binHz();
                if (hz >= lo && hz < hi) in += p;
            }
        }
        return all == 0 ? 0 : in / all;
    }
}
