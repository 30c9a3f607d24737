package dev.longshot.media.provenance.watermark;

/**
 * One frame's luma held between the detector's passes, as compactly as its values allow
 * without changing them: a frame taken at full size ({@link LumaImage#boxFactor} 1) has luma
 * {@code n/256} for a whole {@code n < 65536}, kept as that {@code n} in 16 bits; any other as
 * floats.
 */
record KeptLuma(int width, int height, char[] in256ths, float[] y) {
    /** Keeps {@code luma}, in 16 bits when every value is a whole number of 256ths. */
    static KeptLuma of(LumaImage luma) {
        float[] y = luma.y();
        char[] packed = new char[y.length];
        for (int i = 0; i < y.length; i++) {
            float n = y[i] * 256f; // exact: a power of two
            char c = (char) n;
            if (Float.compare(c, n) != 0) {
                return new KeptLuma(luma.width(), luma.height(), null, y);
            }
            packed[i] = c;
        }
        return new KeptLuma(luma.width(), luma.height(), packed, null);
    }

    /** The luma as it was given. */
    LumaImage luma() {
        if (y != null) return new LumaImage(width, height, y);
        float[] out = new float[in256ths.length];
        for (int i = 0; i < out.length; i++) out[i] = in256ths[i] * (1f / 256);
        return new LumaImage(width, height, out);
    }

    /** Heap bytes the values take. */
    long bytes() {
        return y != null ? 4L * y.length : 2L * in256ths.length;
    }
}
