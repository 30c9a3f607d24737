package dev.longshot.media.provenance.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.media.metrics.Psnr;
import dev.longshot.media.provenance.ContentId;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkRoundTripTest {
    static final ContentId ID = ContentId.of("ab".repeat(32), 7);

    /** Frames [from, from+count) of a textured video, marked when asked. */
    static List<Frame> video(int w, int h, int fps, long from, int count, boolean mark) {
        WatermarkEmbedder e = new WatermarkEmbedder(w, h, fps, ID);
        List<Frame> out = new ArrayList<>();
        for (long i = from; i < from + count; i++) {
            Frame f = TexturedFrames.frame(w, h, i, fps);
            if (mark) e.mark(f.rgb(), i);
            out.add(f);
        }
        return out;
    }

    static WatermarkDetector.Opener opener(List<Frame> frames) {
        return () -> new WatermarkDetector.Frames() {
            final Iterator<Frame> it = frames.iterator();

            @Override
            public Frame next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void markedFramesRevealIdAndPosition() throws IOException {
        long start = 24L * 3600 + 24 * 5 + 7; // 1 h 0 min 5 s + 7 frames (at 24 fps)
        List<Frame> frames = video(640, 360, 24, start, 24 * 10, true);
        long t0 = System.nanoTime();
        Detection d = WatermarkDetector.detect(opener(frames), 24, 60);
        System.out.printf("detect: %s in %.2f s%n", d, (System.nanoTime() - t0) / 1e9);
        assertTrue(d.found());
        assertEquals(ID, d.contentId().orElseThrow());
        assertTrue(d.timeFound());
        assertEquals(start / 24.0, d.startSeconds(), 1.0 / 24 + 1e-9);
    }

    @Test
    void unmarkedFramesAreNotFound() throws IOException {
        Detection d = WatermarkDetector.detect(opener(video(640, 360, 24, 0, 48, false)), 24, 60);
        System.out.println("unmarked: " + d);
        assertFalse(d.found());
    }

    @Test
    void unmarkedPatternsOfManyKindsAreNotFound() throws IOException {
        int w = 320;
        int h = 180;
        SplitMix64 rng = new SplitMix64(99);
        for (int kind = 0; kind < 5; kind++) {
            List<Frame> frames = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int[] rgb = new int[w * h];
                for (int p = 0; p < rgb.length; p++) {
                    int x = p % w + i;
                    int y = p / w;
                    int v = switch (kind) {
                        case 0 -> (int) (rng.nextLong() & 0xFF); // white noise
                        case 1 -> ((x / 5 + y / 5) & 1) * 255; // checkerboard, cell-sized
                        case 2 -> (x * 255 / (w + 24));        // ramp
                        case 3 -> ((x / 10 + y / 10) & 1) * 40 + 100; // low-contrast blocks
                        default -> 128;                          // flat grey
                    };
                    rgb[p] = v << 16 | v << 8 | v;
                }
                frames.add(new Frame(w, h, rgb, new dev.longshot.world.Timecode(i, 24)));
            }
            Detection d = WatermarkDetector.detect(opener(frames), 24, 60);
            assertFalse(d.found(), "kind " + kind + ": " + d);
            assertTrue(d.syncZ() < WatermarkDetector.Z_MIN, "kind " + kind + ": " + d);
        }
    }

    @Test
    void markingKeepsPsnrAbove40Db() {
        int w = 1280;
        int h = 720;
        WatermarkEmbedder e = new WatermarkEmbedder(w, h, 24, ID);
        double worst = Double.POSITIVE_INFINITY;
        long nanos = 0;
        for (int i = 0; i < 30; i += 3) {
            Frame f = TexturedFrames.frame(w, h, i, 24);
            int[] marked = f.rgb().clone();
            long t = System.nanoTime();
            e.mark(marked, i);
            nanos += System.nanoTime() - t;
            worst = Math.min(worst, Psnr.between(f.rgb(), marked));
        }
        System.out.printf("PSNR worst %.2f dB, %.2f ms/frame at 1280x720%n", worst, nanos / 10 / 1e6);
        assertTrue(worst >= 40, "PSNR " + worst);
    }

    @Test
    void markingIsDeterministicAndTheSameStrengthEveryFrame() {
        List<Frame> a = video(320, 180, 24, 50, 3, true);
        List<Frame> b = video(320, 180, 24, 50, 3, true);
        for (int i = 0; i < 3; i++) org.junit.jupiter.api.Assertions.assertArrayEquals(
                a.get(i).rgb(), b.get(i).rgb());
    }

    @Test
    void stillPictureGetsTheSameMarkEveryFrameOfASecond() {
        // no flicker: inside a second (after the cross-fade) a still picture is marked identically
        WatermarkEmbedder e = new WatermarkEmbedder(320, 180, 24, ID);
        int[] still = TexturedFrames.frame(320, 180, 0, 24).rgb();
        int[] a = still.clone();
        int[] b = still.clone();
        e.mark(a, 24 + 10);
        e.mark(b, 24 + 20);
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
        // across a second boundary only the time cells move, and only by a ramp step
        int[] c = still.clone();
        int[] d = still.clone();
        e.mark(c, 47);
        e.mark(d, 48);
        int maxStep = 0;
        for (int i = 0; i < c.length; i++) {
            maxStep = Math.max(maxStep, Math.abs((c[i] & 0xFF) - (d[i] & 0xFF)));
        }
        assertTrue(maxStep <= 2, "step " + maxStep);
    }

    @Test
    void markingCostAt720pIsSmall() {
        WatermarkEmbedder e = new WatermarkEmbedder(1280, 720, 24, ID);
        int[] src = TexturedFrames.frame(1280, 720, 0, 24).rgb();
        for (int i = 0; i < 20; i++) e.mark(src.clone(), i); // warm up the JIT
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            int[] rgb = src.clone();
            long t = System.nanoTime();
            e.mark(rgb, i);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("marking: best %.2f ms/frame at 1280x720%n", best / 1e6);
        assertTrue(best < 50_000_000L, "marking took " + best / 1e6 + " ms");
    }
}
