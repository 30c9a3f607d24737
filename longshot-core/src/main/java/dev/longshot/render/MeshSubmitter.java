package dev.longshot.render;

/**
 * Primitive assembly for a {@link GridMesh}: walks cells roughly front to back from the
 * camera (rows by distance from the eye's row, columns likewise), rejects triangles outside
 * the frustum, clips those crossing the near plane or guard band, and adds the rest to a
 * chunk's {@link TriangleBins}. The walk order depends only on the frame, never on threads.
 * One instance per task.
 */
final class MeshSubmitter {
    private final Triangle tri = new Triangle();
    private final Clipper clipper = new Clipper();

    /** Cells walked in order: index k of the walk is row {@code rows[k]}. */
    static int[] order(int cells, double eye, double origin, double spacing) {
        int centre = (int) StrictMath.floor((eye - origin) / spacing);
        centre = Math.max(0, Math.min(cells - 1, centre));
        int[] order = new int[cells];
        int n = 0;
        order[n++] = centre;
        for (int d = 1; n < cells; d++) {
            if (centre - d >= 0) order[n++] = centre - d;
            if (centre + d < cells) order[n++] = centre + d;
        }
        return order;
    }

    /**
     * Submits the rows {@code rows[from … to)} of the mesh shaded in {@code s}, each row's
     * cells in the order {@code cols}, to {@code bins}.
     */
    void submit(ShadedVertices s, GridMesh mesh, CellOrder order, TriangleBins bins,
                Projection proj) {
        int side = mesh.cells + 1;
        byte[] out = s.out;
        for (int k = order.from; k < order.to; k++) {
            int j = order.rows[k];
            for (int col : order.cols) {
                int a = j * side + col;   // (i, j)
                int b = a + 1;            // (i+1, j)
                int c = a + side;         // (i, j+1)
                int d = c + 1;            // (i+1, j+1)
                triangle(s, a, c, b, out, bins, proj);
                triangle(s, b, c, d, out, bins, proj);
            }
        }
    }

    /** Submits the visible trees {@code from … to-1} shaded in {@code s} to {@code bins}. */
    void submitTrees(ShadedVertices s, TreeMesh trees, int from, int to, TriangleBins bins,
                     Projection proj) {
        byte[] out = s.out;
        int[] index = TreeMesh.INDEX;
        for (int t = from; t < to; t++) {
            if (trees.visible[t] == 0) continue;
            bins.entity = trees.entity[t];
            int base = t * TreeMesh.VERTS;
            for (int k = 0; k < index.length; k += 3) {
                triangle(s, base + index[k], base + index[k + 1], base + index[k + 2], out, bins,
                        proj);
            }
        }
    }

    /** Submits the visible parts {@code from … to-1} of {@code batch} shaded in {@code s}. */
    void submitBatch(ShadedVertices s, MeshBatch batch, byte[] visible, int from, int to,
                     TriangleBins bins, Projection proj) {
        byte[] out = s.out;
        int[] index = batch.index;
        for (int p = from; p < to; p++) {
            if (visible[p] == 0) continue;
            bins.entity = batch.partEntity[p];
            for (int t = batch.partTriangle[p]; t < batch.partTriangle[p + 1]; t++) {
                triangle(s, index[3 * t], index[3 * t + 1], index[3 * t + 2], out, bins, proj);
            }
        }
    }

    /** Submits the triangle (a, b, c) of {@code s}, counter-clockwise seen from above. */
    void triangle(ShadedVertices s, int a, int b, int c, byte[] out, TriangleBins bins,
                  Projection proj) {
        int oa = out[a], ob = out[b], oc = out[c];
        if ((oa & ob & oc & ShadedVertices.REJECT) != 0) return;
        if (((oa | ob | oc) & ShadedVertices.CLIP) != 0) {
            clipper.clipAndAdd(s, a, b, c, bins, proj);
            return;
        }
        tri.set(0, s, a);
        tri.set(1, s, b);
        tri.set(2, s, c);
        bins.add(tri, s.material);
    }

    /** A slice of a mesh's walk: rows[from … to) in order, each row's columns in cols. */
    record CellOrder(int[] rows, int[] cols, int from, int to) {}
}
