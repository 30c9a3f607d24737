package dev.longshot.director;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the segments of a segmented run live: segment k holds seconds k·L … (k+1)·L − 1 as a
 * labelled, watermarked video-only MP4 and its sound as raw 16-bit PCM. A segment is
 * finished only when both are complete and their checksums recorded.
 */
public interface SegmentFiles {
    /** L, the length of a segment in seconds. */
    int segmentSeconds();

    /** The MP4 of segment {@code k}. */
    Path video(int k);

    /** The interleaved 16-bit little-endian PCM of segment {@code k}. */
    Path audio(int k);

    /** Whether segment {@code k} is complete and its files match their checksums. */
    boolean finished(int k);

    /** Records segment {@code k}'s two files, now complete, as finished. */
    void finish(int k) throws IOException;
}
