package dev.longshot.media.provenance.watermark;

import dev.longshot.media.provenance.ContentId;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Finds the watermark in a video, in two passes over its frames (decoded once when they fit in
 * memory: {@link FirstPass}).
 *
 * <ol>
 *   <li>Average the luma of all examined frames (sync and ID cells carry the same sign in every
 *       frame, so they add up while moving content averages out), then search the geometry —
 *       which part of the original frame is visible (crops of up to 20% per side) and where,
 *       as shown or flipped left to right (mirrored re-uploads are common) — for the best sync
 *       correlation, and read the content ID there.</li>
 *   <li>With the geometry known, read the time bits of every frame and find the start second
 *       and phase that best explain them all (maximum likelihood over every second up to 36 h),
 *       which survives frame-rate changes: only the frames' timestamps matter. The start is
 *       reported only when it leads every other start second clearly ({@link TimeCheck}): at
 *       low signal a wrong high bit would put the excerpt hours away.</li>
 * </ol>
 *
 * Features are computed on a canonical 512×288 grid (8 pixels per cell). Stateless.
 */
public final class WatermarkDetector {
    /** Sync z-score needed to call a mark present: see {@link #pValue}. */
    public static final double Z_MIN = 6.0;
    /** Normalised time score needed to report the excerpt's position. */
    static final double TIME_Z_MIN = 6.5;

    /**
     * Cell features are clipped to ±this many luma levels before they are combined: a cell under
     * a sharp static edge (e.g. the visible label's text) can project far more host picture onto
     * its bump than any mark carries, and must not outvote the other cells of its bit.
     */
    static final double FEATURE_CLIP = 2.5 * WatermarkEmbedder.ALPHA;

    static final int CELL = 8;
    static final int VW = CellGrid.COLS * CELL;
    static final int VH = CellGrid.ROWS * CELL;
    /** Smallest visible fraction searched per axis. */
    static final double MIN_VISIBLE = 0.80;
    /** Turns tried, degrees, when the picture as shown carries no readable mark. */
    static final double[] ROTATIONS = {-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2};
    /** Middle of the embedder's time-bit cross-fade, seconds after a second begins. */
    static final double RAMP_MIDDLE = 0.125;

    /** Matched filter of one cell on the canonical grid: bump minus its mean, (b, a). */
    static final double[] KERNEL = new double[CELL * CELL];
    static final double[] PROFILE = new double[CELL];
    static final double KERNEL_MEAN;
    static final double KERNEL_ENERGY;

    static {
        double s = 0;
        for (int a = 0; a < CELL; a++) {
            PROFILE[a] = StrictMath.sin(StrictMath.PI * (a + 0.5) / CELL);
            s += PROFILE[a];
        }
        KERNEL_MEAN = (s / CELL) * (s / CELL);
        double e = 0;
        for (int b = 0; b < CELL; b++) {
            for (int a = 0; a < CELL; a++) {
                double w = PROFILE[a] * PROFILE[b];
                KERNEL[b * CELL + a] = w - KERNEL_MEAN;
                e += (w - KERNEL_MEAN) * w;
            }
        }
        KERNEL_ENERGY = e;
    }

    /** A source of decoded frames, opened once per pass. */
    public interface Frames extends AutoCloseable {
        /** The next frame, or {@code null} at the end. */
        Frame next() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Opens the video again from its first frame. */
    @FunctionalInterface
    public interface Opener {
        Frames open() throws IOException;
    }

    private WatermarkDetector() {}

    /**
     * Looks for the watermark in the first {@code maxSeconds} of a video.
     *
     * @param video      opens the video's frames (once; twice when they do not fit in memory)
     * @param fps        the video's frame rate, for the frames' timestamps
     * @param maxSeconds how much of the video to examine
     */
    public static Detection detect(Opener video, double fps, double maxSeconds)
            throws IOException {
        if (!(fps > 0)) throw new IllegalArgumentException("fps must be positive");
        int maxFrames = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(maxSeconds * fps)));
        try (FirstPass first = FirstPass.read(video, maxFrames)) {
            if (first == null) {
                return new Detection(false, 0, 0, 0, Optional.empty(), false, Double.NaN,
                        Double.NaN, 0, 0, 0, false, Double.NaN, Double.NaN);
            }
            return examine(first, fps);
        }
    }

    /** Both passes' work once the first pass has read the frames. */
    private static Detection examine(FirstPass first, double fps) throws IOException {
        int frames = first.frames();
        Pose pose = bestPose(first.mean());
        GridSearch.Hit hit = pose.hit();
        boolean mirrored = pose.mirrored();
        double z = hit.z();
        double confidence = 1 - pValue(z, pose.hypotheses());
        ContentId id = readId(hit);
        FrameReadings readings = null;
        if (z >= Z_MIN) {
            readings = FrameReadings.read(first.again(), hit, pose::undo);
            if (id == null) id = readings.weightedId();
        }
        boolean found = z >= Z_MIN && id != null;
        double visibleW = (double) hit.width() / VW;
        double visibleH = (double) hit.height() / VH;
        if (!found) {
            return new Detection(false, confidence, z, hit.signal(), Optional.empty(), false,
                    Double.NaN, Double.NaN, visibleW, visibleH, frames, mirrored, Double.NaN,
                    Double.NaN);
        }
        List<double[]> timeBits = readings.timeBits();
        TimeSearch.Fit fit = TimeSearch.best(timeBits, fps);
        TimeCheck.Result bits = TimeCheck.of(readings, fit, fps);
        boolean timeFound = fit.z() >= TIME_Z_MIN && bits.reliable();
        // the embedder cross-fades time bits over the first quarter second: the fit's switch
        // point lies at the middle of that ramp
        double start = timeFound ? fit.startSeconds() + RAMP_MIDDLE : Double.NaN;
        double end = timeFound ? start + timeBits.size() / fps : Double.NaN;
        return new Detection(true, confidence, z, hit.signal(), Optional.of(id), timeFound,
                start, end, visibleW, visibleH, frames, mirrored, fit.z(), bits.bitZ());
    }

    /**
     * How the excerpt shows the original frame: flipped or not, turned by {@code degrees}, and
     * where the grid lies after undoing both; {@code hypotheses} counts every geometry tried.
     */
    private record Pose(GridSearch.Hit hit, boolean mirrored, double degrees, long hypotheses) {
        LumaImage undo(LumaImage picture) {
            return (mirrored ? picture.mirrored() : picture).rotated(-degrees);
        }
    }

    /**
     * The best pose: as shown and flipped first; only when neither carries a readable mark,
     * small rotations too (a re-upload straightened or tilted by hand), which costs time and
     * multiplies the hypotheses the false-positive bound counts.
     */
    private static Pose bestPose(LumaImage picture) {
        LumaImage flippedPicture = picture.mirrored();
        GridSearch.Hit straight = GridSearch.best(picture);
        GridSearch.Hit flipped = GridSearch.best(flippedPicture);
        long tried = straight.hypotheses() + flipped.hypotheses();
        boolean mirrored = flipped.z() > straight.z();
        Pose best = new Pose(mirrored ? flipped : straight, mirrored, 0, tried);
        if (best.hit().z() >= Z_MIN && readId(best.hit()) != null) return best;
        // a turned picture shows the whole frame (FFmpeg's rotate keeps the size): look at
        // each turn quickly, then search the best one fully
        // (the looks run on the cores there are; they are weighed in their order, as before)
        GridSearch.Hit[] looks = IntStream.range(0, ROTATIONS.length * 2).parallel()
                .mapToObj(k -> GridSearch.wholeFrame(
                        ((k & 1) == 1 ? flippedPicture : picture).rotated(-ROTATIONS[k / 2])))
                .toArray(GridSearch.Hit[]::new);
        double bestDeg = 0;
        boolean bestMirror = false;
        double bestQuick = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < looks.length; k++) {
            tried += looks[k].hypotheses();
            if (looks[k].z() > bestQuick) {
                bestQuick = looks[k].z();
                bestDeg = ROTATIONS[k / 2];
                bestMirror = (k & 1) == 1;
            }
        }
        GridSearch.Hit turned = GridSearch.best(
                (bestMirror ? flippedPicture : picture).rotated(-bestDeg));
        tried += turned.hypotheses();
        if (turned.z() > best.hit().z()) best = new Pose(turned, bestMirror, bestDeg, 0);
        return new Pose(best.hit(), best.mirrored(), best.degrees(), tried);
    }

    private static ContentId readId(GridSearch.Hit hit) {
        double[] idSoft = new double[CellGrid.CODED_BITS];
        for (int b = 0; b < CellGrid.CODED_BITS; b++) {
            for (int c : CellGrid.ID_CELLS[b]) idSoft[b] += CellGrid.CHIP[c] * hit.feature(c);
        }
        return Payload.decodeId(idSoft);
    }

    /** Matched-filter output of the cell whose top-left pixel is (x, y), in luma levels. */
    static double cellFeature(LumaImage r, int x, int y) {
        double f = 0;
        for (int b = 0; b < CELL; b++) {
            int row = (y + b) * r.width() + x;
            for (int a = 0; a < CELL; a++) f += KERNEL[b * CELL + a] * r.y()[row + a];
        }
        return clip(f / KERNEL_ENERGY);
    }

    static double clip(double feature) {
        return Math.max(-FEATURE_CLIP, Math.min(FEATURE_CLIP, feature));
    }

    /**
     * Bound on the chance that an unmarked video reaches sync score {@code z} in any of
     * {@code hypotheses} searched geometries: {@code hypotheses · Q(z)} (union bound), capped at 1.
     * Without a mark the score is a sum of ±1 chips times picture features, ≈ N(0,1).
     */
    static double pValue(double z, long hypotheses) {
        return Math.min(1, hypotheses * 0.5 * erfc(z / StrictMath.sqrt(2)));
    }

    /** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * StrictMath.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196
                + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398
                + t * (1.48851638 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
