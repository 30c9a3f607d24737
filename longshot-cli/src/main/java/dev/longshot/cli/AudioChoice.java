package dev.longshot.cli;

import dev.longshot.audio.Silence;
import dev.longshot.audio.SoundGenerator;
import dev.longshot.audio.WorldSound;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.Stages;
import java.nio.file.Path;

/**
 * The soundtrack asked for.
 *
 * @param on       the world's sound; false: no audio stream ({@code --audio off})
 * @param loudness integrated loudness target, LUFS
 * @param stems    where to write each layer as a WAV, or null
 */
record AudioChoice(boolean on, double loudness, Path stems) {
    static final AudioChoice DEFAULT =
            new AudioChoice(true, WorldSound.DEFAULT_LOUDNESS, null);

    SoundGenerator generator(DirectorConfig config, StemFiles files) {
        if (!on) return Silence.none(Stages.AUDIO_SAMPLE_RATE);
        // A 360° video gets first-order AmbiX, which its player turns with the view.
        WorldSound w = WorldSound.forProjection(config.seed(), Stages.AUDIO_SAMPLE_RATE,
                loudness, config.projection().spherical());
        return files == null ? w : w.withStems(files);
    }
}
