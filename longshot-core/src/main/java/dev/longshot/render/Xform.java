package dev.longshot.render;

/**
 * An affine transform {@code p' = A p + t} (3×3 linear part, translation), built by chaining
 * local steps: {@code Xform.at(x, y, z).rotateY(yaw).scale(2, 1, 1)} first scales, then
 * turns, then moves, as a parent–child hierarchy of parts does. Immutable; doubles, so
 * poses built from the same numbers give the same vertices everywhere.
 */
public final class Xform {
    public static final Xform IDENTITY = new Xform(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
            0, 0, 0);

    private final double[] a; // (3, 3) row-major linear part
    private final double tx, ty, tz;

    private Xform(double[] a, double tx, double ty, double tz) {
        this.a = a;
        this.tx = tx;
        this.ty = ty;
        this.tz = tz;
    }

    /** A pure translation to (x, y, z). */
    public static Xform at(double x, double y, double z) {
        return IDENTITY.translate(x, y, z);
    }

    /** This, then (in local coordinates) a move by (x, y, z). */
    public Xform translate(double x, double y, double z) {
        return new Xform(a, tx + a[0] * x + a[1] * y + a[2] * z,
                ty + a[3] * x + a[4] * y + a[5] * z, tz + a[6] * x + a[7] * y + a[8] * z);
    }

    /** This, then a local scale along each axis. */
    public Xform scale(double sx, double sy, double sz) {
        return linear(new double[] {sx, 0, 0, 0, sy, 0, 0, 0, sz});
    }

    public Xform scale(double s) {
        return scale(s, s, s);
    }

    /**
     * This, then a local turn about the vertical axis by {@code deg}, in the world's compass
     * sense: 0 keeps local -z (forward) pointing north, 90 turns it east (+x).
     */
    public Xform rotateY(double deg) {
        double r = StrictMath.toRadians(deg);
        double c = StrictMath.cos(r), s = StrictMath.sin(r);
        return linear(new double[] {c, 0, -s, 0, 1, 0, s, 0, c});
    }

    /** This, then a local turn about the x axis (+deg turns local -z downwards, +y forwards). */
    public Xform rotateX(double deg) {
        double r = StrictMath.toRadians(deg);
        double c = StrictMath.cos(r), s = StrictMath.sin(r);
        return linear(new double[] {1, 0, 0, 0, c, s, 0, -s, c});
    }

    /** This, then a local turn about the z axis (right-handed: +deg turns +x towards +y). */
    public Xform rotateZ(double deg) {
        double r = StrictMath.toRadians(deg);
        double c = StrictMath.cos(r), s = StrictMath.sin(r);
        return linear(new double[] {c, -s, 0, s, c, 0, 0, 0, 1});
    }

    /** This, then {@code child} in this transform's local frame. */
    public Xform then(Xform child) {
        Xform moved = translate(child.tx, child.ty, child.tz);
        return moved.linear(child.a);
    }

    private Xform linear(double[] b) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j];
            }
        }
        return new Xform(r, tx, ty, tz);
    }

    /** World x of local point (x, y, z); {@link #y} and {@link #z} alike. */
    public double x(double x, double y, double z) {
        return a[0] * x + a[1] * y + a[2] * z + tx;
    }

    public double y(double x, double y, double z) {
        return a[3] * x + a[4] * y + a[5] * z + ty;
    }

    public double z(double x, double y, double z) {
        return a[6] * x + a[7] * y + a[8] * z + tz;
    }

    /** Determinant of the linear part: negative when the transform mirrors. */
    double determinant() {
        return a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
    }

    /**
     * Writes the world direction of local normal (nx, ny, nz) into {@code out} (3), unit
     * length: the cofactor matrix times n, which is the inverse transpose up to scale.
     */
    void normal(double nx, double ny, double nz, double[] out) {
        double c00 = a[4] * a[8] - a[5] * a[7], c01 = a[5] * a[6] - a[3] * a[8];
        double c02 = a[3] * a[7] - a[4] * a[6];
        double c10 = a[2] * a[7] - a[1] * a[8], c11 = a[0] * a[8] - a[2] * a[6];
        double c12 = a[1] * a[6] - a[0] * a[7];
        double c20 = a[1] * a[5] - a[2] * a[4], c21 = a[2] * a[3] - a[0] * a[5];
        double c22 = a[0] * a[4] - a[1] * a[3];
        double x = c00 * nx + c01 * ny + c02 * nz;
        double y = c10 * nx + c11 * ny + c12 * nz;
        double z = c20 * nx + c21 * ny + c22 * nz;
        double len = StrictMath.sqrt(x * x + y * y + z * z);
        double k = determinant() < 0 ? -1 / len : 1 / len;
        out[0] = x * k;
        out[1] = y * k;
        out[2] = z * k;
    }
}
