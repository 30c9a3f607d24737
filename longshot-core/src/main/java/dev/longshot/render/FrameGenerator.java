package dev.longshot.render;

import dev.longshot.world.FrameSpec;

/**
 * Turns a frame description into pixels. Implementations are deterministic: the same spec
 * gives the same pixels on every machine and with any number of threads.
 */
public interface FrameGenerator extends AutoCloseable {
    int width();

    int height();

    /** Renders one frame; the returned frame's pixels are new and owned by the caller. */
    Frame render(FrameSpec spec);

    /** Releases threads; the generator cannot be used afterwards. */
    @Override
    void close();
}
