package dev.longshot.render;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.FrameSpec;

/**
 * The shot's subject lit to read against the night, as a cinematographer adds a rim and a
 * fill light: a black cat in the dark is otherwise black on black. At dusk and night the
 * pixels of the shot's target (its catalog entry in the entity-id buffer) get a cool rim
 * along the inside of their silhouette, and, when their mean luminance is not
 * {@link #MIN_CONTRAST} above a dark surround, a fill that lifts them to it: their own colour
 * brightened (a light on them keeps their hue) and a little of a cool grey (so black shows
 * too). Both grow smoothly with the dark and with the shortfall, so nothing jumps from frame
 * to frame. One thread over the target's bounding box: deterministic.
 */
final class TargetRim {
    /** Luminance (0 … 255) by which a subject's mean should stand off its surroundings. */
    static final double MIN_CONTRAST = 28;
    /** Colour of the rim: moonlight, as a back light would catch fur or paint. */
    private static final int RIM = 0xC4D2F0;
    /** Colour a fill of {@code a} mixes {@code a} of into the subject: a soft, cool grey. */
    private static final int FILL = 0x8A94A8;
    private static final double RIM_STRENGTH = 0.6;
    private static final double MAX_FILL = 0.3;
    /** A fill of {@code a} brightens the subject's own colour by {@code 1 + GAIN · a}. */
    private static final double GAIN = 2;
    /** Surroundings darker than this (luminance) are a night's ground; 40 above, lit. */
    private static final double DARK_ROUND = 110;
    /** A target smaller than this share of the frame is left as it is (a speck). */
    private static final double MIN_SHARE = 0.002;

    private TargetRim() {}

    /**
     * Lights the target of {@code spec}'s shot in {@code rgb} (row-major, {@code width} wide),
     * whose pixels {@code ids} numbers, when it is dark; {@code shown} is the frame's coverage.
     */
    static void apply(int[] rgb, int[] ids, int width, FrameSpec spec, Coverage shown) {
        double dark = LightMeshes.darkness(spec.lighting());
        if (dark <= LightMeshes.DUSK) return;
        int target = targetOf(spec.plan());
        if (target <= EntityIds.UNKNOWN || shown.share(target) < MIN_SHARE) return;
        // Night comes on over the dusk: the lights come up with it, not at once.
        double d = StrictMath.min(1, (dark - LightMeshes.DUSK) / 0.35);
        double night = d * d * (3 - 2 * d);
        int height = ids.length / width;
        int[] box = bounds(ids, width, height, target);
        double[] means = means(rgb, ids, width, height, target, box);
        double fill = night * fill(means[0], means[1]);
        int r = StrictMath.max(1, (int) StrictMath.round(height / 240.0));
        int fillT = (int) StrictMath.round(256 * fill);
        float gain = (float) (1 + GAIN * fill);
        int rimT = (int) StrictMath.round(256 * RIM_STRENGTH * night);
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                int i = y * width + x;
                if (ids[i] != target) continue;
                int c = Colors.mix(brighter(rgb[i], gain), FILL, fillT);
                if (edge(ids, width, height, x, y, r, target)) c = Colors.mix(c, RIM, rimT);
                rgb[i] = c; // the edges read the ids, so each pixel is its own
            }
        }
    }

    /**
     * The fill (0 … {@link #MAX_FILL}) for a subject of mean luminance {@code subject} over
     * surroundings of {@code round}: enough to stand {@link #MIN_CONTRAST} above a dark
     * surround; less as the surround brightens past a night's ground (a dark subject against
     * lit streets already reads as a silhouette).
     */
    static double fill(double subject, double round) {
        double want = round + MIN_CONTRAST;
        if (lifted(subject, 0) >= want) return 0;
        // lifted() grows with the fill (its slope is F − 0.2 T > 0 for T ≤ F): bisect.
        double lo = 0, hi = MAX_FILL;
        if (lifted(subject, hi) > want) {
            for (int k = 0; k < 24; k++) {
                double mid = (lo + hi) / 2;
                if (lifted(subject, mid) < want) lo = mid;
                else hi = mid;
            }
        }
        double darkRound = StrictMath.max(0, StrictMath.min(1, (DARK_ROUND - round) / 40));
        return darkRound * hi;
    }

    /** Mean luminance of a subject of mean {@code t} after a fill of {@code a} (unclipped). */
    private static double lifted(double t, double a) {
        return (1 - a) * (1 + GAIN * a) * t + a * EdgeAntialias.luma(FILL);
    }

    private static int brighter(int c, float k) {
        return Colors.pack(Colors.red(c) * k, Colors.green(c) * k, Colors.blue(c) * k);
    }

    /** The entity number the shot frames: its target, else the first subject it names. */
    private static int targetOf(ScenePlan plan) {
        String id = plan.keys().camera().target();
        if (id == null && !plan.keys().subjects().isEmpty()) {
            id = plan.keys().subjects().get(0).id();
        }
        return id == null ? EntityIds.UNKNOWN : EntityIds.bundled().of(id);
    }

    /** {x0, y0, x1, y1} of the pixels numbered {@code target}, inclusive. */
    static int[] bounds(int[] ids, int width, int height, int target) {
        int x0 = width, y0 = height, x1 = -1, y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0, i = y * width; x < width; x++, i++) {
                if (ids[i] != target) continue;
                x0 = StrictMath.min(x0, x);
                x1 = StrictMath.max(x1, x);
                y0 = StrictMath.min(y0, y);
                y1 = y;
            }
        }
        return new int[] {x0, y0, x1, y1};
    }

    /**
     * {mean luminance of the target, of what surrounds it}: the others within its bounding
     * box grown by half its size each way (the whole frame when that holds no other pixel).
     */
    static double[] means(int[] rgb, int[] ids, int width, int height, int target,
            int[] box) {
        int gx = (box[2] - box[0]) / 2 + 1, gy = (box[3] - box[1]) / 2 + 1;
        int x0 = StrictMath.max(0, box[0] - gx), x1 = StrictMath.min(width - 1, box[2] + gx);
        int y0 = StrictMath.max(0, box[1] - gy), y1 = StrictMath.min(height - 1, box[3] + gy);
        long in = 0, inN = 0, out = 0, outN = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0, i = y * width + x0; x <= x1; x++, i++) {
                if (ids[i] == target) {
                    in += EdgeAntialias.luma(rgb[i]);
                    inN++;
                } else {
                    out += EdgeAntialias.luma(rgb[i]);
                    outN++;
                }
            }
        }
        if (outN == 0) {
            for (int i = 0; i < rgb.length; i++) {
                if (ids[i] != target) {
                    out += EdgeAntialias.luma(rgb[i]);
                    outN++;
                }
            }
        }
        return new double[] {in / (double) inN, outN == 0 ? 0 : out / (double) outN};
    }

    /** Whether a pixel of something else lies {@code r} pixels from (x, y), along a row or column. */
    private static boolean edge(int[] ids, int width, int height, int x, int y, int r,
            int target) {
        for (int k = 1; k <= r; k++) {
            if (x - k >= 0 && ids[y * width + x - k] != target) return true;
            if (x + k < width && ids[y * width + x + k] != target) return true;
            if (y - k >= 0 && ids[(y - k) * width + x] != target) return true;
            if (y + k < height && ids[(y + k) * width + x] != target) return true;
        }
        return false;
    }
}
