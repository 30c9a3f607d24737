package dev.longshot.media.provenance.watermark;

import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The detector's first pass over a video: the mean luma of its frames, and — while they fit in
 * a memory budget shared by every detection in the process — each frame's luma kept, so that the
 * second pass reads them from memory instead of decoding the video again (measured on 10-s
 * 640×360 excerpts: a decoding pass took about 0.5 s of a detection's 2 s of CPU). Frames kept
 * and frames decoded again are the same values, so the detection does not depend on the budget.
 */
final class FirstPass implements AutoCloseable {
    /** Bytes of kept frames all detections together may hold: a quarter of the heap. */
    private static final AtomicLong FREE = new AtomicLong(Runtime.getRuntime().maxMemory() / 4);

    private final WatermarkDetector.Opener video;
    private final int maxFrames;
    private final LumaImage mean;
    private final int frames;
    /** Every frame's luma in order, or null when they did not fit the budget. */
    private List<KeptLuma> kept;
    private long reserved;

    private FirstPass(WatermarkDetector.Opener video, int maxFrames, LumaImage mean, int frames,
            List<KeptLuma> kept, long reserved) {
        this.video = video;
        this.maxFrames = maxFrames;
        this.mean = mean;
        this.frames = frames;
        this.kept = kept;
        this.reserved = reserved;
    }

    /** A source of frames' luma, in order. */
    interface Lumas extends AutoCloseable {
        /** The next frame's luma, or {@code null} at the end. */
        LumaImage next() throws IOException;

        @Override
        void close() throws IOException;
    }

    /**
     * Reads up to {@code maxFrames} frames of {@code video}.
     *
     * @return the pass, or null when the video has no frames
     */
    static FirstPass read(WatermarkDetector.Opener video, int maxFrames) throws IOException {
        double[] sum = null;
        int w = 0;
        int h = 0;
        int n = 0;
        List<KeptLuma> kept = new ArrayList<>();
        long reserved = 0;
        try (Lumas lumas = decoded(video, maxFrames)) {
            LumaImage l;
            while ((l = lumas.next()) != null) {
                if (sum == null) {
                    w = l.width();
                    h = l.height();
                    sum = new double[w * h];
                } else if (l.width() != w || l.height() != h) {
                    throw new IOException("frame size changes inside the video");
                }
                float[] y = l.y();
                for (int i = 0; i < y.length; i++) sum[i] += y[i];
                n++;
                if (kept != null) {
                    KeptLuma k = KeptLuma.of(l);
                    if (take(k.bytes())) {
                        reserved += k.bytes();
                        kept.add(k);
                    } else {
                        // over the budget: drop what was kept; the second pass decodes again
                        give(reserved);
                        reserved = 0;
                        kept = null;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            give(reserved);
            throw e;
        }
        if (sum == null) return null;
        float[] m = new float[w * h];
        for (int i = 0; i < w * h; i++) m[i] = (float) (sum[i] / n);
        return new FirstPass(video, maxFrames, new LumaImage(w, h, m), n, kept, reserved);
    }

    /** Mean luma of the frames read. */
    LumaImage mean() {
        return mean;
    }

    /** Frames read. */
    int frames() {
        return frames;
    }

    /** Whether the frames are kept in memory (else {@link #again} decodes the video). */
    boolean keeps() {
        return kept != null;
    }

    /**
     * The same frames' luma once more: from memory when kept — then released as they are handed
     * out, so a second call decodes again — else decoded again.
     */
    Lumas again() throws IOException {
        if (kept == null) return decoded(video, maxFrames);
        List<KeptLuma> list = kept;
        kept = null;
        return new Lumas() {
            private int next;

            @Override
            public LumaImage next() {
                if (next >= list.size()) return null;
                KeptLuma k = list.set(next++, null);
                give(k.bytes());
                reserved -= k.bytes();
                return k.luma();
            }

            @Override
            public void close() {
                // what was not handed out is given back when the pass closes
            }
        };
    }

    /** Gives back the memory of frames still kept. */
    @Override
    public void close() {
        give(reserved);
        reserved = 0;
        kept = null;
    }

    /** Decodes up to {@code maxFrames} frames, each turned into luma. */
    static Lumas decoded(WatermarkDetector.Opener video, int maxFrames) throws IOException {
        WatermarkDetector.Frames frames = video.open();
        return new Lumas() {
            private int n;

            @Override
            public LumaImage next() throws IOException {
                Frame f;
                if (n >= maxFrames || (f = frames.next()) == null) return null;
                n++;
                return LumaImage.of(f, LumaImage.boxFactor(f.width()));
            }

            @Override
            public void close() throws IOException {
                frames.close();
            }
        };
    }

    private static boolean take(long bytes) {
        long free;
        do {
            free = FREE.get();
            if (free < bytes) return false;
        } while (!FREE.compareAndSet(free, free - bytes));
        return true;
    }

    private static void give(long bytes) {
        FREE.addAndGet(bytes);
    }
}
