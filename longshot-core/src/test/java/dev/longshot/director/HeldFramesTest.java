package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.Coverage;
import dev.longshot.render.Frame;
import dev.longshot.render.FramePasses;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeldFramesTest {
    private static final int W = 8;
    private static final int H = 4;
    private static final long FRAME_BYTES = 4L * W * H;

    @TempDir
    Path dir;

    private static Frame frame(int n) {
        int[] rgb = new int[W * H];
        for (int i = 0; i < rgb.length; i++) rgb[i] = n * 1000 + i;
        return new Frame(W, H, rgb, new Timecode(n, 24));
    }

    @Test
    void framesOverTheBudgetAreParkedAndComeBackEqual() throws IOException {
        try (HeldFrames held = new HeldFrames(new WindowMemory(2 * FRAME_BYTES, dir))) {
            HeldFrame a = held.hold(frame(1));
            HeldFrame b = held.hold(frame(2));
            HeldFrame c = held.hold(frame(3));
            assertFalse(a.isParked());
            assertFalse(b.isParked());
            assertTrue(c.isParked(), "a third frame goes over two frames' budget");
            assertEquals(2 * FRAME_BYTES, held.bytesInMemory());
            assertEquals(1, held.parkedNow());

            assertArrayEquals(frame(1).rgb(), held.take(a).rgb());
            Frame back = held.take(c);
            assertArrayEquals(frame(3).rgb(), back.rgb());
            assertEquals(frame(3).time(), back.time());
            assertEquals(0, held.parkedNow());
            assertEquals(FRAME_BYTES, held.bytesInMemory());
            HeldFrame d = held.hold(frame(4));
            assertFalse(d.isParked(), "taking a frame frees its memory for the next");
        }
    }

    @Test
    void droppedFramesFreeTheirPlace() throws IOException {
        try (HeldFrames held = new HeldFrames(new WindowMemory(FRAME_BYTES, dir))) {
            HeldFrame a = held.hold(frame(1));
            HeldFrame b = held.hold(frame(2));
            held.drop(b);
            held.drop(a);
            assertEquals(0, held.bytesInMemory());
            assertEquals(0, held.parkedNow());
            assertEquals(1, held.parkedEver());
        }
    }

    @Test
    void aFrameWithPassesStaysInMemory() throws IOException {
        var passes = new FramePasses(new float[W * H], null, List.of());
        Frame f = new Frame(W, H, new int[W * H], new Timecode(0, 24),
                Coverage.NONE, passes);
        try (HeldFrames held = new HeldFrames(new WindowMemory(0, dir))) {
            HeldFrame h = held.hold(f);
            assertFalse(h.isParked());
            assertEquals(8L * W * H, held.bytesInMemory(), "picture and depth count");
            assertSame(f, held.take(h));
        }
    }
}
