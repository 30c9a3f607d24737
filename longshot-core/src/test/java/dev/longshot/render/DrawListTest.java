package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawListTest {
    /** Records which of its chunks and slices it was asked for. */
    private static final class Probe implements Drawable {
        final String name;
        final int chunks;
        final int slices;
        final List<String> calls;

        Probe(String name, int chunks, int slices, List<String> calls) {
            this.name = name;
            this.chunks = chunks;
            this.slices = slices;
            this.calls = calls;
        }

        @Override
        public int chunks() {
            return chunks;
        }

        @Override
        public int shadowSlices() {
            return slices;
        }

        @Override
        public void prepare(DrawContext frame) {
            calls.add(name + " prepare");
        }

        @Override
        public void submit(int chunk, MeshSubmitter s, TriangleBins bins, Projection proj) {
            calls.add(name + " chunk " + chunk);
        }

        @Override
        public void cast(int slice, ShadowCasters casters) {
            calls.add(name + " slice " + slice);
        }
    }

    private final List<String> calls = new ArrayList<>();
    private final DrawList list = new DrawList(List.of(
            new Probe("ground", 3, 2, calls), new Probe("water", 1, 0, calls),
            new Probe("cars", 2, 1, calls)));

    @Test
    void binsAreNumberedInDrawOrder() {
        assertEquals(6, list.bins());
        for (int bin = 0; bin < list.bins(); bin++) list.submit(bin, null, null, null);
        assertEquals(List.of("ground chunk 0", "ground chunk 1", "ground chunk 2",
                "water chunk 0", "cars chunk 0", "cars chunk 1"), calls);
    }

    @Test
    void drawableWithoutShadowsTakesNoCasterList() {
        assertEquals(3, list.shadowSlices());
        for (int s = 0; s < list.shadowSlices(); s++) list.cast(s, null);
        assertEquals(List.of("ground slice 0", "ground slice 1", "cars slice 0"), calls);
    }

    @Test
    void prepareRunsEveryDrawableInDrawOrder() {
        list.prepare(null);
        assertEquals(List.of("ground prepare", "water prepare", "cars prepare"), calls);
    }

    @Test
    void binOutsideTheListIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> list.submit(6, null, null, null));
        assertThrows(IndexOutOfBoundsException.class, () -> list.cast(-1, null));
    }

    @Test
    void drawableWithoutChunksIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new DrawList(List.of(new Probe("none", 0, 0, calls))));
    }
}
