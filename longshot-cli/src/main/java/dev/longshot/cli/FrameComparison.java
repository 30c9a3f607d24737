package dev.longshot.cli;

import dev.longshot.media.decode.VideoReader;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two videos decoded side by side, frame by frame, until the first frame that differs in size
 * or in any pixel, or until one ends before the other. Streaming: two frames in memory.
 *
 * @param frames     frames compared and found identical
 * @param firstDiff  index of the first frame that differs (or that one video lacks); -1 if none
 * @param reason     what differs there; empty if nothing
 */
public record FrameComparison(long frames, long firstDiff, String reason) {

    public boolean identical() {
        return firstDiff < 0;
    }

    /** Decodes {@code original} and {@code replayed} and compares them. */
    public static FrameComparison of(Path original, Path replayed) throws IOException {
        try (VideoReader a = VideoReader.open(original);
                VideoReader b = VideoReader.open(replayed)) {
            long index = 0;
            while (true) {
                Frame fa = a.nextFrame();
                Frame fb = b.nextFrame();
                if (fa == null && fb == null) return new FrameComparison(index, -1, "");
                if (fa == null || fb == null) {
                    return new FrameComparison(index, index, (fa == null ? "the original"
                            : "the replay") + " ends after " + index + " frames");
                }
                String diff = difference(fa, fb);
                if (diff != null) return new FrameComparison(index, index, diff);
                index++;
            }
        }
    }

    private static String difference(Frame a, Frame b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            return "size " + a.width() + "x" + a.height() + " vs " + b.width() + "x"
                    + b.height();
        }
        int[] pa = a.rgb();
        int[] pb = b.rgb();
        int at = Arrays.mismatch(pa, pb);
        if (at < 0) return null;
        int differing = 0;
        for (int i = at; i < pa.length; i++) {
            if (pa[i] != pb[i]) differing++;
        }
        return String.format(java.util.Locale.ROOT,
                "at %s: %d of %d pixels differ, first at (%d, %d)", a.time(), differing,
                pa.length, at % a.width(), at / a.width());
    }
}
