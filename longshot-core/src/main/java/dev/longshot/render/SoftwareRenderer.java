package dev.longshot.render;

import dev.longshot.world.FrameSpec;

/** TEMPORARY stub until the render branch lands. */
public final class SoftwareRenderer implements FrameGenerator {
    private final int w;
    private final int h;

    public SoftwareRenderer(int w, int h, int threads) {
        this.w = w;
        this.h = h;
    }

    public int width() { return w; }

    public int height() { return h; }

    public Frame render(FrameSpec spec) {
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, spec.lighting().skyZenith() + (int) spec.time().frame());
        return new Frame(w, h, px, spec.time());
    }

    public void close() {}
}
