package dev.longshot.media.segments;

import dev.longshot.audio.StemSink;
import java.nio.file.Path;

/**
 * What a segmented run made in this process writes besides the video, for the whole video
 * whichever seconds it draws: the sound's stems ({@code --stems}) and the previs hand-off
 * ({@code --previs}). The pass without pixels tells both what they need of the seconds
 * before the run's start (their sound, their cameras), so a run that wants them always runs,
 * through the range's end, even when every segment is already made.
 *
 * @param stems  where each layer's second goes, or null
 * @param previs the hand-off's directory, or null
 */
public record SideOutputs(StemSink stems, Path previs) {
    public static final SideOutputs NONE = new SideOutputs(null, null);

    /** Whether anything is asked for. */
    boolean any() {
        return stems != null || previs != null;
    }
}
