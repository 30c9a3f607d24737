package dev.longshot.media.segments;

import dev.longshot.director.GenerationLog;
import dev.longshot.director.VideoSink;
import dev.longshot.media.handoff.BurnInSink;

/**
 * The way a segmented run's frames go to its segments, and the log that goes with it: through
 * the burn-in when the video asks for it (which hears the log to know each frame's shot, line
 * and lens), as a video made in one pass. Whoever opened {@code sink} still finishes it.
 *
 * @param frames where the director writes frames
 * @param log    where it reports
 */
record FramePath(VideoSink frames, GenerationLog log) {
    static FramePath of(SegmentedVideo video, VideoSink sink, GenerationLog log) {
        if (!video.burnIn()) return new FramePath(sink, log);
        BurnInSink burn = new BurnInSink(sink);
        return new FramePath(burn, GenerationLog.both(log, burn));
    }
}
