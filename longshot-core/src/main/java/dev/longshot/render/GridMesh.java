package dev.longshot.render;

/**
 * A regular grid of vertices over the xz-plane with a height, a unit normal and an albedo
 * per vertex. Cell (i, j) spans vertices (i, j) … (i+1, j+1) and is drawn as two triangles.
 * Immutable once built; vertex index of (i, j) is {@code j * (cells + 1) + i}.
 */
final class GridMesh {
    static final byte TERRAIN = 0;
    static final byte WATER = 1;

    final int cells;       // cells per side
    final double x0;       // world x of column 0
    final double z0;       // world z of row 0
    final double spacing;  // metres between columns/rows
    final byte material;
    final float[] y;       // (V) heights
    final float[] nx;      // (V) normal
    final float[] ny;
    final float[] nz;
    final int[] albedo;    // (V) 0xRRGGBB

    GridMesh(int cells, double x0, double z0, double spacing, byte material) {
        this.cells = cells;
        this.x0 = x0;
        this.z0 = z0;
        this.spacing = spacing;
        this.material = material;
        int v = (cells + 1) * (cells + 1);
        this.y = new float[v];
        this.nx = new float[v];
        this.ny = new float[v];
        this.nz = new float[v];
        this.albedo = new int[v];
    }

    int vertexCount() {
        return y.length;
    }

    double xOf(int i) {
        return x0 + i * spacing;
    }

    double zOf(int j) {
        return z0 + j * spacing;
    }
}
