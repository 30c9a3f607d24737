package dev.longshot.media.segments;

import dev.longshot.director.GenerationLog;
import dev.longshot.director.VideoSink;
import dev.longshot.media.handoff.BurnInSink;
import dev.longshot.media.handoff.PrevisHandoff;

/**
 * The way a segmented run's frames go to its segments, and the log that goes with it: to the
 * previs hand-off when asked, through the burn-in when the video asks for it (which hears the
 * log to know each frame's shot, line and lens), in the order a video made in one pass has
 * them. Whoever opened {@code sink} and the hand-off still finishes them.
 *
 * @param frames where the director writes frames
 * @param log    where it reports
 */
record FramePath(VideoSink frames, GenerationLog log) {
    static FramePath of(SegmentedVideo video, VideoSink sink, GenerationLog log) {
        return of(video, sink, log, null);
    }

    /** As above, the log told to the previs hand-off too when not null. */
    static FramePath of(SegmentedVideo video, VideoSink sink, GenerationLog log,
            PrevisHandoff previs) {
        GenerationLog logs = previs == null ? log : GenerationLog.both(log, previs);
        if (!video.burnIn()) return new FramePath(sink, logs);
        BurnInSink burn = new BurnInSink(sink);
        return new FramePath(burn, GenerationLog.both(logs, burn));
    }
}
