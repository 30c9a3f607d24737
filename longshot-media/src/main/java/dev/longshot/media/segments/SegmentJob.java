package dev.longshot.media.segments;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.FrameProjection;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.render.RenderExtras;
import dev.longshot.story.StoryboardParser;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a worker on another machine needs to make segments of a video, in plain
 * serializable values: the storyboard's file (parsed again there), every setting that shapes
 * frames or sound, the container metadata the segments carry, and the store's directory —
 * which must be the same directory on every machine (a shared mount).
 */
public record SegmentJob(String storyboardName, byte[] storyboardBytes, int width, int height,
        int fps, long seed, VideoCodec codec, int renderThreads, FrameProjection projection,
        boolean vfxMarkers, double strictness, int rollbackSeconds, int checkIntervalSeconds,
        int maxRetries, long windowBudgetBytes, String label, boolean burnIn, boolean sound,
        double loudness,
        int segmentSeconds, String version, String commit, TreeMap<String, String> metadata,
        String storeDir) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The job of {@code run}'s segments, made with {@code renderThreads} threads each. */
    public static SegmentJob of(SegmentedRun run, int renderThreads, Path storeDir) {
        SegmentedVideo v = run.video();
        DirectorConfig c = v.config();
        ValidationConfig val = v.validation();
        if (!c.extras().passes().isEmpty()) {
            throw new IllegalArgumentException("passes cannot be made in segments");
        }
        return new SegmentJob(v.storyboard().source(), v.bytes(), c.width(), c.height(), c.fps(),
                c.seed(), c.codec(), renderThreads, c.projection(), c.extras().vfxMarkers(),
                val.strictness(), val.rollbackSeconds(), val.checkIntervalSeconds(),
                val.maxRetries(), val.windowBudgetBytes(), v.label().id(), v.burnIn(), v.sound(),
                v.loudness(), v.segmentSeconds(), v.build().version(), v.build().commit(),
                new TreeMap<>(run.metadata()), storeDir.toAbsolutePath().toString());
    }

    /** The video again, on the worker. */
    public SegmentedVideo video() {
        DirectorConfig c = new DirectorConfig(width, height, fps, seed, codec, renderThreads,
                projection, new RenderExtras(vfxMarkers, java.util.Set.of()));
        ValidationConfig val = new ValidationConfig(strictness, rollbackSeconds,
                checkIntervalSeconds, maxRetries, windowBudgetBytes);
        return new SegmentedVideo(StoryboardParser.parse(storyboardName, storyboardBytes),
                storyboardBytes, c, val, LabelMode.fromId(label), burnIn, sound, loudness,
                segmentSeconds, new RunProvenance.Build(version, commit));
    }

    /** The container metadata every segment carries. */
    public Map<String, String> segmentMetadata() {
        return metadata;
    }

    /** The store's directory. */
    public Path store() {
        return Path.of(storeDir);
    }
}
