package dev.longshot.render;

/**
 * The scene lit up by lightning: every pixel moves a share of the way to a cold white, the
 * same affine change everywhere (so motion matching, which removes gain and offset, sees
 * no motion in it). Rows in parallel; each row is written by one work item.
 */
final class Flash {
    /** Share of the way to white at full flash. */
    private static final float STRENGTH = 0.45f;

    private Flash() {}

    static void brighten(int[] rgb, int width, int height, double flash, WorkerPool pool) {
        if (!(flash > 0)) return;
        int a = (int) (256 * STRENGTH * Math.min(1, flash));
        int k = 256 - a;
        pool.forEach(height, (y, task) -> {
            for (int p = y * width, end = p + width; p < end; p++) {
                int c = rgb[p];
                int r = ((c >> 16 & 255) * k + 235 * a) >> 8;
                int g = ((c >> 8 & 255) * k + 240 * a) >> 8;
                int b = ((c & 255) * k + 255 * a) >> 8;
                rgb[p] = r << 16 | g << 8 | b;
            }
        });
    }
}
