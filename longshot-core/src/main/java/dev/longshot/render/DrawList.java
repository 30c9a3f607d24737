package dev.longshot.render;

import java.util.List;

/**
 * The drawables of a renderer in draw order. Numbers their chunks and shadow slices one
 * after another (the first drawable's chunks are bins 0 … n − 1, and so on), so the renderer
 * runs one job per bin and per caster list without knowing what each one holds.
 */
final class DrawList {
    private final List<Drawable> drawables;
    private final int[] firstBin;    // (D + 1)
    private final int[] firstSlice;  // (D + 1)

    DrawList(List<Drawable> drawables) {
        if (drawables.isEmpty()) throw new IllegalArgumentException("nothing to draw");
        this.drawables = List.copyOf(drawables);
        int n = this.drawables.size();
        firstBin = new int[n + 1];
        firstSlice = new int[n + 1];
        for (int d = 0; d < n; d++) {
            Drawable drawable = this.drawables.get(d);
            if (drawable.chunks() < 1 || drawable.shadowSlices() < 0) {
                throw new IllegalArgumentException(
                        "drawable " + d + ": no chunk or negative shadow slices");
            }
            firstBin[d + 1] = firstBin[d] + drawable.chunks();
            firstSlice[d + 1] = firstSlice[d] + drawable.shadowSlices();
        }
    }

    /** Bins of the whole list, in draw order. */
    int bins() {
        return firstBin[firstBin.length - 1];
    }

    /** Shadow caster lists of the whole list. */
    int shadowSlices() {
        return firstSlice[firstSlice.length - 1];
    }

    /** Runs every drawable's vertex stage, in draw order. */
    void prepare(DrawContext frame) {
        for (Drawable d : drawables) d.prepare(frame);
    }

    /** Fills {@code bins}, the list's bin number {@code bin}. */
    void submit(int bin, MeshSubmitter submitter, TriangleBins bins, Projection proj) {
        int d = owner(firstBin, bin);
        drawables.get(d).submit(bin - firstBin[d], submitter, bins, proj);
    }

    /** Lets every drawable set up its casting for the fitted {@code map}. */
    void beginShadows(ShadowMap map) {
        for (Drawable d : drawables) d.beginShadows(map);
    }

    /** Fills caster list number {@code slice}. */
    void cast(int slice, ShadowCasters casters) {
        int d = owner(firstSlice, slice);
        drawables.get(d).cast(slice - firstSlice[d], casters);
    }

    /** The drawable whose range [first[d], first[d + 1]) holds {@code k}. */
    private static int owner(int[] first, int k) {
        if (k < 0 || k >= first[first.length - 1]) throw new IndexOutOfBoundsException(k);
        int d = 0;
        while (first[d + 1] <= k) d++;
        return d;
    }
}
