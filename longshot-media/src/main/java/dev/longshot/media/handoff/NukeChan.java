package dev.longshot.media.handoff;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * A Nuke {@code .chan} camera file, one line per frame: {@code frame tx ty tz rx ry rz vfov}
 * (frames from 1 as Nuke counts them, degrees, ZXY order). Streams: nothing is held.
 */
public final class NukeChan implements AutoCloseable {
    private final BufferedWriter out;

    public NukeChan(Writer out) {
        this.out = new BufferedWriter(out);
    }

    public void add(CameraSample c) throws IOException {
        out.write(String.format(Locale.ROOT, "%d %.6f %.6f %.6f %.6f %.6f %.6f %.6f%n",
                c.frame() + 1, c.x(), c.y(), c.z(), c.tiltDeg(), c.panDeg(), c.rollDeg(),
                c.verticalFovDeg()));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
