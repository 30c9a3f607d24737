package dev.longshot.media.segments;

import dev.longshot.audio.Silence;
import dev.longshot.audio.SoundGenerator;
import dev.longshot.audio.StemSink;
import dev.longshot.audio.WorldSound;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.Stages;
import dev.longshot.director.ValidationConfig;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.story.Storyboard;

/**
 * What a video made in segments is made from.
 *
 * @param storyboard     the parsed storyboard
 * @param bytes          its file's bytes (recorded in the provenance; workers parse them again)
 * @param config         the director's configuration
 * @param validation     the validation configuration
 * @param label          the visible label
 * @param burnIn         whether review text (timecode, shot, line, lens) is burned in
 * @param sound          the world's sound; false: no audio stream
 * @param loudness       integrated loudness the sound aims at, LUFS
 * @param segmentSeconds segment length, seconds
 * @param build          the running build (recorded in the provenance and the fingerprint)
 */
public record SegmentedVideo(Storyboard storyboard, byte[] bytes, DirectorConfig config,
        ValidationConfig validation, LabelMode label, boolean burnIn, boolean sound,
        double loudness,
        int segmentSeconds, RunProvenance.Build build) {
    public SegmentedVideo {
        if (segmentSeconds < 1) throw new IllegalArgumentException("segment " + segmentSeconds);
    }

    /** The sound stage this video asks for. */
    public SoundGenerator soundGenerator() {
        return soundGenerator(StemSink.NONE);
    }

    /** As {@link #soundGenerator()}, handing each layer's second to {@code stems} too. */
    public SoundGenerator soundGenerator(StemSink stems) {
        if (!sound) return Silence.none(Stages.AUDIO_SAMPLE_RATE);
        return WorldSound.forProjection(config.seed(), Stages.AUDIO_SAMPLE_RATE, loudness,
                config.projection().spherical()).withStems(stems);
    }

    /** The segment holding second {@code t}. */
    public int segmentOf(int t) {
        return t / segmentSeconds;
    }

    /** The second after segment {@code k}'s last. */
    public int endOf(int k) {
        return Math.min(storyboard.totalSeconds(), (k + 1) * segmentSeconds);
    }
}
