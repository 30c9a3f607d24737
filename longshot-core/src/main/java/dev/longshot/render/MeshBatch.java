package dev.longshot.render;

import java.util.Arrays;

/**
 * Low-poly geometry in world space — buildings, rocks, creatures — as vertices with a normal
 * and an albedo each, and counter-clockwise (seen from outside) triangles over them, grouped
 * in parts that are culled as wholes by their bounding sphere. Filled by the scene's mesh
 * builders, drawn by {@link SoftwareRenderer}; cleared and refilled, never shrunk, so a batch
 * rebuilt every frame allocates nothing once warm.
 */
public final class MeshBatch {
    /** Albedo flag: the vertex glows with its own colour (lava, lit windows); no lighting. */
    public static final int GLOW = 0x1000000;

    float[] x = new float[256], y = new float[256], z = new float[256];     // (V)
    float[] nx = new float[256], ny = new float[256], nz = new float[256];  // (V) unit
    int[] albedo = new int[256];                                           // (V)
    int vertices;
    int[] index = new int[3 * 256];                                        // (T, 3)
    int triangles;
    // (P) first vertex and first triangle; the next part's first ends a part.
    int[] partVertex = new int[17], partTriangle = new int[17];
    float[] sphere = new float[4 * 16];                                    // (P, 4) x y z r
    int[] partEntity = new int[17];                                        // (P) EntityIds
    int parts;
    private boolean open;
    private final double[] n = new double[3];

    /** Forgets everything; capacity stays. */
    public void clear() {
        vertices = 0;
        triangles = 0;
        parts = 0;
        open = false;
    }

    public int parts() {
        return parts;
    }

    public int vertexCount() {
        return vertices;
    }

    public int triangleCount() {
        return triangles;
    }

    /** Starts a part: the vertices and triangles until {@link #endPart} are culled together. */
    public void beginPart() {
        beginPart(EntityIds.UNKNOWN);
    }

    /** Starts a part that stands for the catalog entry numbered {@code entity}. */
    public void beginPart(int entity) {
        if (open) throw new IllegalStateException("part already open");
        open = true;
        if (parts + 1 >= partVertex.length) {
            partVertex = Arrays.copyOf(partVertex, partVertex.length * 2);
            partTriangle = Arrays.copyOf(partTriangle, partTriangle.length * 2);
            partEntity = Arrays.copyOf(partEntity, partVertex.length);
            sphere = Arrays.copyOf(sphere, 4 * partVertex.length);
        }
        partVertex[parts] = vertices;
        partTriangle[parts] = triangles;
        partEntity[parts] = entity;
    }

    /** Closes the part and computes its bounding sphere (centre of the box, farthest vertex). */
    public void endPart() {
        if (!open) throw new IllegalStateException("no part open");
        open = false;
        int from = partVertex[parts];
        if (from == vertices) return; // empty: forget it
        float x0 = x[from], x1 = x0, y0 = y[from], y1 = y0, z0 = z[from], z1 = z0;
        for (int v = from + 1; v < vertices; v++) {
            x0 = Math.min(x0, x[v]); x1 = Math.max(x1, x[v]);
            y0 = Math.min(y0, y[v]); y1 = Math.max(y1, y[v]);
            z0 = Math.min(z0, z[v]); z1 = Math.max(z1, z[v]);
        }
        float cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, cz = (z0 + z1) / 2;
        double r2 = 0;
        for (int v = from; v < vertices; v++) {
            double dx = x[v] - cx, dy = y[v] - cy, dz = z[v] - cz;
            r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
        }
        int s = parts * 4;
        sphere[s] = cx; sphere[s + 1] = cy; sphere[s + 2] = cz;
        sphere[s + 3] = (float) StrictMath.sqrt(r2) + 1e-3f;
        parts++;
        partVertex[parts] = vertices;
        partTriangle[parts] = triangles;
    }

    /** Adds a vertex at world (x, y, z) with unit normal (nx, ny, nz); returns its index. */
    public int vertex(double px, double py, double pz, double qx, double qy, double qz,
                      int rgb) {
        if (!open) throw new IllegalStateException("vertex outside a part");
        if (vertices == x.length) growVertices();
        int v = vertices++;
        x[v] = (float) px; y[v] = (float) py; z[v] = (float) pz;
        nx[v] = (float) qx; ny[v] = (float) qy; nz[v] = (float) qz;
        albedo[v] = rgb;
        return v;
    }

    /** Adds local point p with local normal q, both through {@code xf}. */
    public int vertex(Xform xf, double px, double py, double pz, double qx, double qy,
                      double qz, int rgb) {
        xf.normal(qx, qy, qz, n);
        return vertex(xf.x(px, py, pz), xf.y(px, py, pz), xf.z(px, py, pz), n[0], n[1], n[2],
                rgb);
    }

    /** Adds the triangle (a, b, c), counter-clockwise seen from outside. */
    public void triangle(int a, int b, int c) {
        if (!open) throw new IllegalStateException("triangle outside a part");
        int from = partVertex[parts];
        if (Math.min(a, Math.min(b, c)) < from || Math.max(a, Math.max(b, c)) >= vertices) {
            throw new IllegalArgumentException("triangle uses a vertex outside its part");
        }
        if (3 * triangles + 3 > index.length) index = Arrays.copyOf(index, index.length * 2);
        int t = 3 * triangles++;
        index[t] = a; index[t + 1] = b; index[t + 2] = c;
    }

    private void growVertices() {
        int cap = x.length * 2;
        x = Arrays.copyOf(x, cap); y = Arrays.copyOf(y, cap); z = Arrays.copyOf(z, cap);
        nx = Arrays.copyOf(nx, cap); ny = Arrays.copyOf(ny, cap); nz = Arrays.copyOf(nz, cap);
        albedo = Arrays.copyOf(albedo, cap);
    }
}
