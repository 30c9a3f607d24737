package dev.longshot.memory.train;

/** Adam (Kingma & Ba) over one flat parameter vector, with a global-norm gradient clip. */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;
    private final double[] m;
    private final double[] v;
    private int t;

    Adam(int size) {
        m = new double[size];
        v = new double[size];
    }

    /** p -= lr · m̂ / (√v̂ + ε); clears g. Clips g to norm {@code clip} first. */
    void step(double[] p, double[] g, double lr, double clip) {
        double norm = 0;
        for (double x : g) norm += x * x;
        norm = Math.sqrt(norm);
        double scale = norm > clip ? clip / norm : 1;
        t++;
        double c1 = 1 - StrictMath.pow(BETA1, t);
        double c2 = 1 - StrictMath.pow(BETA2, t);
        for (int i = 0; i < p.length; i++) {
            double gi = g[i] * scale;
            m[i] = BETA1 * m[i] + (1 - BETA1) * gi;
            v[i] = BETA2 * v[i] + (1 - BETA2) * gi * gi;
            p[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPS);
            g[i] = 0;
        }
    }
}
