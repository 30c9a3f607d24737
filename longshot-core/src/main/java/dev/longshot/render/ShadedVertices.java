package dev.longshot.render;

import dev.longshot.world.Lighting;
import dev.longshot.world.Vec3;

/**
 * The vertex stage for one {@link GridMesh}: clip-space position, outcode, fixed-point
 * screen position, 1/w and the Gouraud colour of every vertex, for one frame. Buffers are
 * reused across frames and grow only when a larger mesh comes along.
 *
 * <p>Vertex colour = albedo × (ambient + sunIntensity × max(0, n·toSun) × sunColor), then
 * mixed with the fog colour by the eye distance.
 */
final class ShadedVertices {
    // Outcode bits. The first six reject a triangle when all three vertices share one.
    static final int NEAR = 1, LEFT = 2, RIGHT = 4, BOTTOM = 8, TOP = 16, FAR = 32;
    static final int REJECT = NEAR | LEFT | RIGHT | BOTTOM | TOP | FAR;
    /** Outside the guard band: must be clipped before fixed-point conversion. */
    static final int GUARD = 64;
    static final int CLIP = NEAR | GUARD;

    double[] cx = new double[0], cy = new double[0], cw = new double[0]; // (V) clip x, y, w
    int[] sx = new int[0], sy = new int[0];                              // (V) fixed-point
    float[] invW = new float[0];                                         // (V) 1/w
    float[] r = new float[0], g = new float[0], b = new float[0];        // (V) 0 … 255
    byte[] out = new byte[0];                                            // (V) outcode
    byte material;

    private void ensure(int n) {
        if (cx.length >= n) return;
        cx = new double[n]; cy = new double[n]; cw = new double[n];
        sx = new int[n]; sy = new int[n]; invW = new float[n];
        r = new float[n]; g = new float[n]; b = new float[n];
        out = new byte[n];
    }

    /** Runs the vertex stage over {@code mesh}, one grid row per work item. */
    void shade(GridMesh mesh, Projection proj, Lighting light, Fog fog, WorkerPool pool) {
        ensure(mesh.vertexCount());
        Vec3 s = light.toSun().normalized();
        float sunX = (float) s.x(), sunY = (float) s.y(), sunZ = (float) s.z();
        float amb = (float) light.ambient();
        float k = (float) Math.max(0, light.sunIntensity()) / 255f;
        float lr = Colors.red(light.sunColor()) * k;
        float lg = Colors.green(light.sunColor()) * k;
        float lb = Colors.blue(light.sunColor()) * k;
        float fr = Colors.red(light.fogColor());
        float fg = Colors.green(light.fogColor());
        float fb = Colors.blue(light.fogColor());
        material = mesh.material;
        boolean lit = mesh.material == GridMesh.TERRAIN;
        int side = mesh.cells + 1;
        pool.forEach(side, (j, task) -> {
            double z = mesh.zOf(j);
            for (int i = 0; i < side; i++) {
                int v = j * side + i;
                double x = mesh.xOf(i);
                double y = mesh.y[v];
                project(v, x, y, z, proj);
                if (!lit) continue;
                float ndl = Math.max(0f, mesh.nx[v] * sunX + mesh.ny[v] * sunY + mesh.nz[v] * sunZ);
                int a = mesh.albedo[v];
                float cr = Colors.red(a) * (amb + lr * ndl);
                float cg = Colors.green(a) * (amb + lg * ndl);
                float cb = Colors.blue(a) * (amb + lb * ndl);
                double ex = x - proj.eyeX, ey = y - proj.eyeY, ez = z - proj.eyeZ;
                float f = fog.amount((float) StrictMath.sqrt(ex * ex + ey * ey + ez * ez));
                r[v] = Math.min(255f, cr + (fr - cr) * f);
                g[v] = Math.min(255f, cg + (fg - cg) * f);
                b[v] = Math.min(255f, cb + (fb - cb) * f);
            }
        });
    }

    private void project(int v, double x, double y, double z, Projection proj) {
        Mat4 m = proj.clipFromWorld;
        double px = m.apply(0, x, y, z);
        double py = m.apply(1, x, y, z);
        double pw = m.apply(3, x, y, z);
        cx[v] = px; cy[v] = py; cw[v] = pw;
        int code = 0;
        if (pw < Projection.NEAR) code |= NEAR;
        if (pw > Projection.FAR) code |= FAR;
        if (px < -pw) code |= LEFT;
        if (px > pw) code |= RIGHT;
        if (py < -pw) code |= BOTTOM;
        if (py > pw) code |= TOP;
        double gw = Projection.GUARD * pw;
        if (px < -gw || px > gw || py < -gw || py > gw) code |= GUARD;
        out[v] = (byte) code;
        if ((code & CLIP) == 0) {
            sx[v] = proj.screenX(px, pw);
            sy[v] = proj.screenY(py, pw);
            invW[v] = (float) (1 / pw);
        }
    }
}
