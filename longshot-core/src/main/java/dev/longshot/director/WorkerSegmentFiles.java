package dev.longshot.director;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The segments a worker (a Spark executor) writes into a checkpoint store's directory while
 * another process, the driver, holds the store: the same file names as {@link CheckpointStore},
 * but a finished segment's checksums are kept here and reported, and the driver records them
 * ({@link CheckpointStore#adopt}) only after checking them and the start the segment was made
 * from. The segments the worker is not to write (finished in the store already, or before an
 * excerpt) count as finished here, so they are rendered for their rollbacks but not encoded.
 */
public final class WorkerSegmentFiles implements SegmentFiles {
    /** SHA-256 of a segment's two files as the worker wrote them. */
    public record Made(String mp4, String pcm) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Path dir;
    private final int segmentSeconds;
    private final java.util.Set<Integer> notWritten;
    private final Map<Integer, Made> made = new TreeMap<>();

    /** Segments in {@code dir}, of {@code segmentSeconds}; those in {@code notWritten} are skipped. */
    public WorkerSegmentFiles(Path dir, int segmentSeconds, java.util.Set<Integer> notWritten) {
        if (segmentSeconds < 1) throw new IllegalArgumentException("segment " + segmentSeconds);
        this.dir = dir;
        this.segmentSeconds = segmentSeconds;
        this.notWritten = java.util.Set.copyOf(notWritten);
    }

    @Override
    public int segmentSeconds() {
        return segmentSeconds;
    }

    @Override
    public Path video(int k) {
        return dir.resolve(CheckpointStore.name(k) + ".mp4");
    }

    @Override
    public Path audio(int k) {
        return dir.resolve(CheckpointStore.name(k) + ".pcm");
    }

    @Override
    public boolean finished(int k) {
        return made.containsKey(k) || notWritten.contains(k);
    }

    @Override
    public void finish(int k) throws IOException {
        made.put(k, new Made(CheckpointStore.sha256(video(k)), CheckpointStore.sha256(audio(k))));
    }

    /** The checksums of segment {@code k} as written here, or null if it was not written. */
    public Made made(int k) {
        return made.get(k);
    }
}
