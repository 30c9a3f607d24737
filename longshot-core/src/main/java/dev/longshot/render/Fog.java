package dev.longshot.render;

/**
 * Exponential fog: the share of fog colour at eye distance d is {@code 1 - exp(-density d)}.
 * Tabulated per density (StrictMath.exp at the knots, linear in between), so per-vertex and
 * per-pixel lookups are cheap and bit-exact.
 */
final class Fog {
    private static final int KNOTS = 1024;
    private static final float MAX_DISTANCE = 8192;
    private static final float KNOTS_PER_METRE = KNOTS / MAX_DISTANCE;

    private final float[] table = new float[KNOTS + 2];
    private double density = Double.NaN;

    /** Re-tabulates when the density changed; returns this. */
    Fog update(double newDensity) {
        if (Double.compare(newDensity, density) != 0) {
            density = newDensity;
            double d = Math.max(0, newDensity);
            for (int i = 0; i < table.length; i++) {
                table[i] = (float) (1 - StrictMath.exp(-d * i / KNOTS_PER_METRE));
            }
        }
        return this;
    }

    /** Share of fog colour, 0 … 1, at eye distance {@code d} metres. */
    float amount(float d) {
        float k = d * KNOTS_PER_METRE;
        if (!(k < KNOTS)) return k >= KNOTS ? table[KNOTS] : 0;
        if (k <= 0) return 0;
        int i = (int) k;
        float t = k - i;
        return table[i] + (table[i + 1] - table[i]) * t;
    }
}
