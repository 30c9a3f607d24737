package dev.longshot.media.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Scores a video's temporal coherence as its frames are decoded, one at a time, holding only
 * the previous frame and a few numbers per frame (an hour at 24 fps keeps about 2 MB).
 *
 * <p>A cut is a pair whose luma change is at least {@value #CUT_MIN} and
 * {@value #CUT_RATIO}× the median of the last {@value #HISTORY} steady pairs: a hard cut
 * changes most pixels at once, while motion, dissolves and weather change a few at a time.
 */
public final class CoherenceScorer {
    static final double CUT_MIN = 12;
    static final double CUT_RATIO = 4;
    static final int HISTORY = 9;
    private static final int SAMPLED_WIDTH = 320;

    private final double fps;
    private final IntPredicate staticSecond;
    private final List<MinuteCoherence> minutes = new ArrayList<>();
    private final double[] history = new double[HISTORY];
    private int historySize;
    private int historyNext;
    private float[] frameColours = new float[3 * 1024];
    private int[] previous;
    private int width;
    private int step;
    private long frames;
    private Minute current = new Minute(0);

    /**
     * @param fps          frames per second of the video
     * @param staticSecond which seconds are static shots (from the generation log), or
     *                     {@code null} when unknown: flicker is then scored on every pair that
     *                     is not a cut
     */
    public CoherenceScorer(double fps, IntPredicate staticSecond) {
        if (!(fps > 0)) throw new IllegalArgumentException("fps must be > 0: " + fps);
        this.fps = fps;
        this.staticSecond = staticSecond;
    }

    /** Adds the next frame in display order. */
    public void accept(int[] rgb, int frameWidth) {
        if (previous == null) {
            width = frameWidth;
            step = FramePair.stepFor(frameWidth, SAMPLED_WIDTH);
        } else if (frameWidth != width || rgb.length != previous.length) {
            throw new IllegalArgumentException("frame " + frames + " changes size");
        }
        int minute = (int) (frames / (fps * 60));
        if (minute != current.index) {
            minutes.add(current.finish());
            current = new Minute(minute);
        }
        MeanColour colour = new MeanColour();
        colour.add(rgb, width, step);
        remember(colour);
        current.luma += colour.luma();
        current.frames++;
        if (previous != null) pair(FramePair.between(previous, rgb, width, step));
        previous = rgb.clone();
        frames++;
    }

    private void pair(FramePair p) {
        Minute m = current;
        m.pairs++;
        if (p.lumaChange() >= CUT_MIN && p.lumaChange() >= CUT_RATIO * steadyMedian()) {
            m.cuts++;
            m.cutChange += p.lumaChange();
            return;
        }
        m.steadyChange += p.lumaChange();
        history[historyNext] = p.lumaChange();
        historyNext = (historyNext + 1) % HISTORY;
        historySize = Math.min(HISTORY, historySize + 1);
        int second = (int) (frames / fps);
        if (staticSecond == null || staticSecond.test(second)) {
            m.staticPairs++;
            m.flicker += (255 - p.colourChange()) / 255;
        }
    }

    /** Median of the recent steady changes, at least 1 so a still picture's first cut counts. */
    private double steadyMedian() {
        if (historySize == 0) return 1;
        double[] h = Arrays.copyOf(history, historySize);
        Arrays.sort(h);
        return Math.max(1, h[historySize / 2]);
    }

    private void remember(MeanColour c) {
        int at = (int) (3 * frames);
        if (at + 3 > frameColours.length) {
            frameColours = Arrays.copyOf(frameColours, frameColours.length * 2);
        }
        frameColours[at] = (float) c.red();
        frameColours[at + 1] = (float) c.green();
        frameColours[at + 2] = (float) c.blue();
    }

    /** The figures of every frame accepted so far. */
    public CoherenceReport report() {
        if (frames == 0) throw new IllegalStateException("no frames to score");
        List<MinuteCoherence> rows = new ArrayList<>(minutes);
        rows.add(current.finish());
        return new CoherenceReport(frames, fps, staticSecond != null, rows, drift());
    }

    private Drift drift() {
        int each = (int) Math.max(1, Math.round(frames * Drift.WINDOW));
        double[] start = meanOf(0, each);
        double[] end = meanOf((int) frames - each, (int) frames);
        double dr = end[0] - start[0];
        double dg = end[1] - start[1];
        double db = end[2] - start[2];
        double luma = 0.2126 * dr + 0.7152 * dg + 0.0722 * db;
        return new Drift(luma, Math.sqrt(dr * dr + dg * dg + db * db), each);
    }

    private double[] meanOf(int from, int to) {
        double[] sum = new double[3];
        for (int f = from; f < to; f++) {
            for (int c = 0; c < 3; c++) sum[c] += frameColours[3 * f + c];
        }
        for (int c = 0; c < 3; c++) sum[c] /= to - from;
        return sum;
    }

    /** Running sums of one minute. */
    private static final class Minute {
        final int index;
        int frames;
        int pairs;
        int cuts;
        int staticPairs;
        double cutChange;
        double steadyChange;
        double flicker;
        double luma;

        Minute(int index) {
            this.index = index;
        }

        MinuteCoherence finish() {
            int steady = pairs - cuts;
            return new MinuteCoherence(index, pairs, cuts,
                    cuts == 0 ? Double.NaN : cutChange / cuts,
                    steady == 0 ? Double.NaN : steadyChange / steady,
                    staticPairs,
                    staticPairs == 0 ? Double.NaN : flicker / staticPairs,
                    frames == 0 ? Double.NaN : luma / frames);
        }
    }
}
