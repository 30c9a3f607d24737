package dev.longshot.render;

import java.util.Arrays;

/**
 * How much of one frame each catalog entry covers: pixels per {@link EntityIds} number,
 * counted from the renderer's entity-id buffer. Only the numbers with pixels are kept, in
 * ascending order. Immutable.
 */
public final class Coverage {
    /** A frame whose generator keeps no entity-id buffer. */
    public static final Coverage NONE = new Coverage(0, new int[0], new int[0]);

    private final int pixels;
    private final int[] entities; // (K) ascending
    private final int[] counts;   // (K) > 0

    private Coverage(int pixels, int[] entities, int[] counts) {
        this.pixels = pixels;
        this.entities = entities;
        this.counts = counts;
    }

    /** From {@code perEntity[i]} pixels of number i, out of {@code pixels} in the frame. */
    public static Coverage of(int[] perEntity, int pixels) {
        int k = 0;
        for (int c : perEntity) if (c > 0) k++;
        int[] e = new int[k], c = new int[k];
        k = 0;
        for (int i = 0; i < perEntity.length; i++) {
            if (perEntity[i] > 0) {
                e[k] = i;
                c[k++] = perEntity[i];
            }
        }
        return new Coverage(pixels, e, c);
    }

    /** Pixels in the frame; 0 for {@link #NONE}. */
    public int pixels() {
        return pixels;
    }

    /** Entries with pixels. */
    public int size() {
        return entities.length;
    }

    /** The {@code k}-th entity number with pixels (ascending). */
    public int entity(int k) {
        return entities[k];
    }

    /** Pixels of the {@code k}-th entity number. */
    public int count(int k) {
        return counts[k];
    }

    /** Share of the frame, 0 … 1, that entity number {@code entity} covers. */
    public double share(int entity) {
        int k = Arrays.binarySearch(entities, entity);
        return k < 0 || pixels == 0 ? 0 : counts[k] / (double) pixels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Coverage c && c.pixels == pixels && Arrays.equals(c.entities, entities)
                && Arrays.equals(c.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(entities) + Arrays.hashCode(counts) + pixels;
    }
}
