package dev.longshot.render;

import dev.longshot.world.Lighting;
import dev.longshot.world.Vec3;

/**
 * The vertex stage for one {@link GridMesh}: clip-space position, outcode, fixed-point
 * screen position, 1/w and the Gouraud colour of every vertex, for one frame. Buffers are
 * reused across frames and grow only when a larger mesh comes along.
 *
 * <p>Vertex colour = albedo × (ambient + lamps + sunIntensity × max(0, n·toSun) × sunColor),
 * then mixed with the fog colour by the eye distance ({@link PointLights}: the lamps near the
 * vertex, at night). Each vertex also keeps the share of its
 * final colour that is direct light, which a shadow takes away.
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
    float[] share = new float[0];                                        // (V) 0 … 1 direct
    byte[] out = new byte[0];                                            // (V) outcode
    byte material;

    private void ensure(int n) {
        if (cx.length >= n) return;
        cx = new double[n]; cy = new double[n]; cw = new double[n];
        sx = new int[n]; sy = new int[n]; invW = new float[n];
        r = new float[n]; g = new float[n]; b = new float[n];
        share = new float[n];
        out = new byte[n];
    }

    // Per-frame constants, set by begin().
    private Projection proj;
    private Fog fog;
    private boolean lit;
    private float sunX, sunY, sunZ, amb, lr, lg, lb, fr, fg, fb;
    private PointLights lamps = PointLights.NONE;
    // Per worker thread: the lamps' light at one vertex.
    private static final ThreadLocal<float[]> LAMP = ThreadLocal.withInitial(() -> new float[3]);

    /** The ground's way to mud and the snow lying on it this frame, 0 … 1 each. */
    private float mud, snow;

    /**
     * Turns the ground mesh's colours {@code level} (0 … 1) of the way to wet, dark earth,
     * in patches (the wettest first), before it is lit: "the field turns to mud".
     */
    void mud(double level) {
        mud = (float) Math.max(0, Math.min(1, level));
    }

    /**
     * Whitens the ground mesh's colours {@code level} (0 … 1) of the way under lying snow,
     * in drifts first: "a snowy forest", snow that has settled.
     */
    void snow(double level) {
        snow = (float) Math.max(0, Math.min(1, level));
    }

    /** The albedo of a ground vertex at (x, z) under this frame's mud and snow. */
    private int covered(int albedo, double x, double z) {
        return GroundCover.SNOW.over(GroundCover.MUD.over(albedo, mud, x, z), snow, x, z);
    }

    /** Sets the frame's lamps (none until set: by day, or a mesh they do not light). */
    void lamps(PointLights frameLamps) {
        lamps = frameLamps;
    }

    /** Sets the frame's camera, light and fog, for vertices of {@code mat} material. */
    void begin(Projection projection, Lighting light, Fog fogTable, byte mat, int vertices) {
        ensure(vertices);
        proj = projection;
        fog = fogTable;
        material = mat;
        lit = mat == GridMesh.TERRAIN;
        Vec3 s = light.toSun().normalized();
        sunX = (float) s.x(); sunY = (float) s.y(); sunZ = (float) s.z();
        amb = (float) light.ambient();
        float k = (float) Math.max(0, light.sunIntensity()) / 255f;
        lr = Colors.red(light.sunColor()) * k;
        lg = Colors.green(light.sunColor()) * k;
        lb = Colors.blue(light.sunColor()) * k;
        fr = Colors.red(light.fogColor());
        fg = Colors.green(light.fogColor());
        fb = Colors.blue(light.fogColor());
    }

    /** Runs the vertex stage over {@code mesh}, one grid row per work item. */
    void shade(GridMesh mesh, Projection projection, Lighting light, Fog fogTable,
               WorkerPool pool) {
        begin(projection, light, fogTable, mesh.material, mesh.vertexCount());
        int side = mesh.cells + 1;
        pool.forEach(side, (j, task) -> {
            double z = mesh.zOf(j);
            for (int i = 0; i < side; i++) {
                int v = j * side + i;
                double x = mesh.xOf(i);
                project(v, x, mesh.y[v], z);
                if (lit) {
                    float ndl = lambert(mesh.nx[v], mesh.ny[v], mesh.nz[v]);
                    color(v, covered(mesh.albedo[v], x, z), ndl, x, mesh.y[v], z);
                }
            }
        });
    }

    /**
     * Runs the vertex stage over the parts of {@code batch}, one part per work item; a part
     * out of view is marked invisible in {@code visible} (P) and left unshaded.
     */
    void shade(MeshBatch batch, byte[] visible, Projection projection, Lighting light,
               Fog fogTable, WorkerPool pool) {
        begin(projection, light, fogTable, GridMesh.TERRAIN, batch.vertexCount());
        float[] sp = batch.sphere;
        pool.forEach(batch.parts(), (part, task) -> {
            int s = part * 4;
            boolean seen = proj.sees(sp[s], sp[s + 1], sp[s + 2], sp[s + 3]);
            visible[part] = (byte) (seen ? 1 : 0);
            if (!seen) return;
            for (int v = batch.partVertex[part]; v < batch.partVertex[part + 1]; v++) {
                double x = batch.x[v], y = batch.y[v], z = batch.z[v];
                project(v, x, y, z);
                int albedo = batch.albedo[v];
                float ndl = (albedo & MeshBatch.GLOW) != 0 ? Float.NaN
                        : lambert(batch.nx[v], batch.ny[v], batch.nz[v]);
                color(v, albedo & 0xFFFFFF, ndl, x, y, z);
            }
        });
    }

    /** Direct-light factor max(0, n·toSun) of a unit normal. */
    float lambert(float nx, float ny, float nz) {
        return Math.max(0f, nx * sunX + ny * sunY + nz * sunZ);
    }

    /**
     * The vertex shader's colour: albedo × (ambient + sun × n·toSun), or the albedo itself
     * when {@code ndl} is NaN (glow), mixed with the fog colour by the eye distance of (x, y, z).
     */
    void color(int v, int albedo, float ndl, double x, double y, double z) {
        float cr = Colors.red(albedo), cg = Colors.green(albedo), cb = Colors.blue(albedo);
        double ex = x - proj.eyeX, ey = y - proj.eyeY, ez = z - proj.eyeZ;
        float f = fog.amount((float) StrictMath.sqrt(ex * ex + ey * ey + ez * ez));
        float direct = 0;
        if (ndl == ndl) { // lit; NaN means a glowing surface, its own colour
            float ar = amb, ag = amb, ab = amb;
            if (!lamps.none()) { // lamplight, which the sun's shadows do not take away
                float[] l = LAMP.get();
                l[0] = 0; l[1] = 0; l[2] = 0;
                lamps.add(x, y, z, l);
                ar += l[0]; ag += l[1]; ab += l[2];
            }
            float shade = cr * ar + cg * ag + cb * ab;
            cr *= ar + lr * ndl;
            cg *= ag + lg * ndl;
            cb *= ab + lb * ndl;
            // Share of the fogged colour that is direct light: 1 - (in shadow) / (lit).
            float fogSum = (fr + fg + fb) * f;
            float lit = (cr + cg + cb) * (1 - f) + fogSum;
            if (lit > 0) direct = Math.max(0f, 1 - (shade * (1 - f) + fogSum) / lit);
        }
        r[v] = Math.min(255f, cr + (fr - cr) * f);
        g[v] = Math.min(255f, cg + (fg - cg) * f);
        b[v] = Math.min(255f, cb + (fb - cb) * f);
        share[v] = direct;
    }

    /** The vertex shader's position: clip coordinates, outcode, screen position, 1/w. */
    void project(int v, double x, double y, double z) {
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
