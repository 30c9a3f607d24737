package dev.longshot.director;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How much of the commit window stays in memory: the frames waiting to be final (the rollback
 * horizon's seconds and the second in the making) take at most {@code bytes} of heap, and the
 * rest wait in a temporary file in {@code spillDirectory}, read back bit for bit when they are
 * written. Where the frames wait does not change a single frame of the video.
 *
 * @param bytes          most pixel memory the held frames may take in the heap
 * @param spillDirectory where the temporary file goes (made only when a frame does not fit)
 */
public record WindowMemory(long bytes, Path spillDirectory) {
    /**
     * 128 MiB: 36 frames at 1280×720, 1.5 s at 24 fps. The rest of a 720p window (531 MiB)
     * is spilled, so a 720p run fits a 1-GiB heap (README "Memory" has the measurement).
     */
    public static final long DEFAULT_BYTES = 128L << 20;

    public WindowMemory {
        if (bytes < 0) throw new IllegalArgumentException("bytes " + bytes);
        Objects.requireNonNull(spillDirectory, "spillDirectory");
    }

    /** The default budget, spilling to the system's temporary directory. */
    public static WindowMemory defaults() {
        return new WindowMemory(DEFAULT_BYTES, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The default budget, spilling to {@code dir} (e.g. beside the video being written). */
    public static WindowMemory spillingTo(Path dir) {
        return new WindowMemory(DEFAULT_BYTES, dir);
    }
}
