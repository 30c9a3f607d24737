package dev.longshot.render;

/**
 * Scratch for one screen-space triangle on its way into the bins: fixed-point positions,
 * 1/w and colour per vertex. Mutable and reused; never shared between tasks.
 */
final class Triangle {
    final int[] x = new int[3];     // fixed point, Projection.SUB_BITS
    final int[] y = new int[3];
    final float[] invW = new float[3];
    final float[] r = new float[3];
    final float[] g = new float[3];
    final float[] b = new float[3];
    final float[] share = new float[3]; // 0 … 1 direct-light share of the colour

    /** Copies vertex {@code v} of a shaded vertex buffer into corner {@code k}. */
    void set(int k, ShadedVertices s, int v) {
        x[k] = s.sx[v];
        y[k] = s.sy[v];
        invW[k] = s.invW[v];
        r[k] = s.r[v];
        g[k] = s.g[v];
        b[k] = s.b[v];
        share[k] = s.share[v];
    }
}
