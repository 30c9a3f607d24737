package dev.longshot.media.provenance;

import dev.longshot.director.BundledResources;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunProvenance.Build;
import dev.longshot.director.RunProvenance.Component;
import dev.longshot.director.RunProvenance.Resource;
import dev.longshot.director.RunProvenance.StoryboardSource;
import dev.longshot.director.StageProvenance;
import dev.longshot.director.Stages;
import dev.longshot.director.ValidationConfig;
import dev.longshot.media.encode.RecorderSettings;
import dev.longshot.media.provenance.watermark.WatermarkEmbedder;
import dev.longshot.story.Storyboard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link RunProvenance} of a labelled video: core's stages and resources plus what
 * this module adds to every file — the label, the watermark, the encoder and the label mask.
 */
public final class RunProvenances {
    // Named, not referenced: describing the writer must not be a way to reach it
    // (OnlyProvenanceWritesVideoTest follows every class name a class file holds).
    private static final String WRITER = "longshot LabelledVideoWriter (FFmpeg MP4 muxer)";

    private RunProvenances() {}

    /**
     * What makes one video.
     *
     * @param build      the running build
     * @param storyboard the parsed storyboard
     * @param bytes      the storyboard file's bytes (their digest must be the storyboard's)
     * @param config     the director's configuration
     * @param validation the validation configuration
     * @param label      the visible label
     * @param stages     the stages the run uses
     */
    public static RunProvenance of(Build build, Storyboard storyboard, byte[] bytes,
            DirectorConfig config, ValidationConfig validation, LabelMode label, Stages stages) {
        return of(build, storyboard, bytes, config, validation, label, false, stages);
    }

    /** Suffix of the recorded label mode when review text is burned in (a visible overlay). */
    public static final String BURN_IN = "+burn-in";

    /** As above; {@code burnIn}: timecode, shot, line and lens burned into every frame. */
    public static RunProvenance of(Build build, Storyboard storyboard, byte[] bytes,
            DirectorConfig config, ValidationConfig validation, LabelMode label, boolean burnIn,
            Stages stages) {
        List<Component> components = new ArrayList<>(
                StageProvenance.describe(stages, config, build.version()));
        Map<String, String> marking = new LinkedHashMap<>(); // fixed order: same bytes each run
        marking.put("visibleLabel", label.id());
        if (burnIn) marking.put("burnIn", "timecode, shot, line, lens");
        marking.put("watermark", WatermarkEmbedder.class.getName());
        components.add(new Component("marking", MarkingSink.class.getName(), build.version(),
                marking));
        components.add(new Component("encoder", WRITER,
                "FFmpeg " + RecorderSettings.ffmpegVersion(),
                RecorderSettings.settings(config.codec())));
        return new RunProvenance(build, config, validation,
                burnIn ? label.id() + BURN_IN : label.id(), components,
                resources(), new StoryboardSource(storyboard.source(), storyboard.sha256(),
                        bytes));
    }

    /** Every resource of the running build that shapes a video, with its digest. */
    public static List<Resource> resources() {
        List<Resource> all = new ArrayList<>(BundledResources.core());
        all.add(Mask.LABEL);
        return List.copyOf(all);
    }

    private static final class Mask {
        static final Resource LABEL = BundledResources.digest(
                RunProvenances.class.getClassLoader(), "label-mask",
                "dev/longshot/media/provenance/" + VisibleLabel.MASK);
    }
}
