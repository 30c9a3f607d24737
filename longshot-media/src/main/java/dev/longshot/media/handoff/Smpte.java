package dev.longshot.media.handoff;

import java.util.Locale;

/** SMPTE non-drop-frame timecode {@code HH:MM:SS:FF} of a frame at a whole frame rate. */
public final class Smpte {
    private Smpte() {}

    public static String of(long frame, int fps) {
        long seconds = frame / fps;
        return String.format(Locale.ROOT, "%02d:%02d:%02d:%02d", seconds / 3600,
                seconds / 60 % 60, seconds % 60, frame % fps);
    }
}
