package dev.longshot.render;

import dev.longshot.world.ValueNoise;

/**
 * A fixed catalogue of stars over the upper sky, the same in every world: unit directions
 * spread evenly over the hemisphere and brightnesses skewed like a real sky (many faint,
 * few bright). Built once from a fixed seed.
 */
final class StarField {
    static final int COUNT = 6000;
    /** (COUNT) unit directions, y &gt; 0. */
    static final float[] X = new float[COUNT], Y = new float[COUNT], Z = new float[COUNT];
    /** (COUNT) peak brightness added to the sky, 0 … 255. */
    static final float[] LEVEL = new float[COUNT];

    static {
        long h = 0x53544152L;
        for (int i = 0; i < COUNT; i++) {
            h = ValueNoise.mix(h + i);
            double y = 0.02 + 0.98 * ValueNoise.unit(h); // uniform in y: even over the sphere
            long h2 = ValueNoise.mix(h ^ 0x5DEECE66DL);
            double a = 2 * StrictMath.PI * ValueNoise.unit(h2);
            double r = StrictMath.sqrt(1 - y * y);
            X[i] = (float) (r * StrictMath.cos(a));
            Y[i] = (float) y;
            Z[i] = (float) (r * StrictMath.sin(a));
            double m = ValueNoise.unit(ValueNoise.mix(h2));
            LEVEL[i] = (float) (70 + 185 * m * m * m * m);
        }
    }

    private StarField() {}
}
