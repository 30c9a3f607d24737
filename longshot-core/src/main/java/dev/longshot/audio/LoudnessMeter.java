package dev.longshot.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures interleaved 16-bit PCM as it streams by: BS.1770 integrated loudness (K-weighted,
 * gated; see {@link Loudness}) and the true peak, estimated on 4× oversampling by cubic
 * interpolation. Keeps one number per 100 ms, so an hour costs 36 000 doubles.
 */
public final class LoudnessMeter {
    private final int rate;
    private final int channels;
    private final Biquad[] shelf;
    private final Biquad[] highPass;
    private final double[][] last; // per channel: the three samples before the current one
    private final List<Double> blocks = new ArrayList<>();
    private final int perBlock;
    private double energy;
    private int inBlock;
    private double peak;

    public LoudnessMeter(int rate, int channels) {
        if (channels < 1) throw new IllegalArgumentException("channels " + channels);
        this.rate = rate;
        this.channels = channels;
        this.perBlock = rate / Loudness.BLOCKS_PER_SECOND;
        shelf = new Biquad[channels];
        highPass = new Biquad[channels];
        last = new double[channels][3];
        for (int c = 0; c < channels; c++) {
            shelf[c] = Loudness.shelf(rate);
            highPass[c] = Loudness.highPass(rate);
        }
    }

    /** Adds interleaved samples (a whole number of frames). */
    public void add(short[] pcm) {
        for (int i = 0; i + channels <= pcm.length; i += channels) {
            for (int c = 0; c < channels; c++) {
                double x = pcm[i + c] / 32768.0;
                double y = highPass[c].next(shelf[c].next(x));
                energy += y * y;
                truePeak(c, x);
            }
            if (++inBlock == perBlock) {
                blocks.add(energy / perBlock);
                energy = 0;
                inBlock = 0;
            }
        }
    }

    // Cubic (Catmull-Rom) points between the two middle samples of the last four.
    private void truePeak(int c, double x) {
        double[] h = last[c];
        double p0 = h[0], p1 = h[1], p2 = h[2], p3 = x;
        peak = StrictMath.max(peak, StrictMath.abs(x));
        for (int k = 1; k < 4; k++) {
            double t = k / 4.0;
            double v = 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t
                    + (-p0 + 3 * p1 - 3 * p2 + p3) * t * t * t);
            peak = StrictMath.max(peak, StrictMath.abs(v));
        }
        h[0] = p1;
        h[1] = p2;
        h[2] = p3;
    }

    /** Integrated loudness so far, LUFS; −∞ when everything is below the absolute gate. */
    public double integratedLufs() {
        List<double[]> seconds = new ArrayList<>();
        int n = blocks.size() / Loudness.BLOCKS_PER_SECOND * Loudness.BLOCKS_PER_SECOND;
        for (int s = 0; s < n; s += Loudness.BLOCKS_PER_SECOND) {
            double[] b = new double[Loudness.BLOCKS_PER_SECOND];
            for (int k = 0; k < b.length; k++) b[k] = blocks.get(s + k);
            seconds.add(b);
        }
        double l = Loudness.integrated(seconds);
        return Double.isNaN(l) ? Double.NEGATIVE_INFINITY : l;
    }

    /** Estimated true peak so far, dBTP (dB relative to full scale). */
    public double truePeakDb() {
        return 20 * StrictMath.log10(StrictMath.max(1e-12, peak));
    }

    /** Seconds measured so far. */
    public double seconds() {
        return (blocks.size() * perBlock + inBlock) / (double) rate;
    }
}
