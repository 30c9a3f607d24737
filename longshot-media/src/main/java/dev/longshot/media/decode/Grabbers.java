package dev.longshot.media.decode;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/** What the video and audio readers share about FFmpeg's grabber: closing it and its errors. */
final class Grabbers {
    private Grabbers() {}

    /** FFmpeg's message without JavaCV's generic hints, for messages that name the file. */
    static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.replace(" (For more details, make sure FFmpegLogCallback.set() has been called.)",
                        "")
                .replace(" (Has setFormat() been called?)", "")
                .strip();
    }

    /** Closes {@code g}, naming {@code file} when it cannot. */
    static void close(FFmpegFrameGrabber g, Path file) throws IOException {
        try {
            g.close();
        } catch (FrameGrabber.Exception e) {
            throw new IOException(file + ": cannot close: " + e.getMessage(), e);
        }
    }

    /** Closes {@code g} after another failure, which is the one to report. */
    static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // already failing: the first error is the one to report
        }
    }
}
