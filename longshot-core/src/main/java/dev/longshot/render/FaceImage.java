package dev.longshot.render;

/** One rendered view of a 360° frame, sampled bilinearly at fractional pixel positions. */
record FaceImage(int[] rgb, int width, int height) {
    /** The colour at ({@code px}, {@code py}), pixel centres at integers, edges clamped. */
    int bilinear(double px, double py) {
        double cx = Math.max(0, Math.min(width - 1, px));
        double cy = Math.max(0, Math.min(height - 1, py));
        int i = Math.min(width - 2, (int) cx);
        int j = Math.min(height - 2, (int) cy);
        int tx = (int) ((cx - i) * 256);
        int ty = (int) ((cy - j) * 256);
        int o = j * width + i;
        int top = Colors.mix(rgb[o], rgb[o + 1], tx);
        int bottom = Colors.mix(rgb[o + width], rgb[o + width + 1], tx);
        return Colors.mix(top, bottom, ty);
    }
}
