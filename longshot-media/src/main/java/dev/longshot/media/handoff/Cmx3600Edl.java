package dev.longshot.media.handoff;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The shot list as a CMX3600 EDL for older edit suites: one cut event per shot from reel
 * {@code AX} (the rendered video, named in a {@code FROM CLIP NAME} comment), source and
 * record timecodes equal, non-drop frame. Dissolves are baked into the picture, so every event
 * is a cut; the storyboard line and its transition follow as comments.
 */
public final class Cmx3600Edl {
    private Cmx3600Edl() {}

    public static void write(Writer out, String title, String clipName, int fps,
            List<Shot> shots) throws IOException {
        out.write("TITLE: " + ascii(title) + "\n");
        out.write("FCM: NON-DROP FRAME\n\n");
        int event = 1;
        for (Shot s : shots) {
            String in = Smpte.of(s.startFrame(), fps);
            String outTc = Smpte.of(s.endFrame(), fps);
            out.write(String.format(Locale.ROOT, "%03d  AX       V     C        %s %s %s %s%n",
                    event++, in, outTc, in, outTc));
            out.write("* FROM CLIP NAME: " + ascii(clipName) + "\n");
            out.write("* LINE " + s.line() + " (" + s.transition() + "): " + oneLine(s.name())
                    + "\n\n");
        }
    }

    /** Comments keep their text (UTF-8: Chinese lines stay readable) on one line. */
    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** Event fields and titles stay 7-bit for old readers: other characters become '?', line breaks spaces. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) b.append(c == '\n' || c == '\r' ? ' ' : c < 0x80 ? c : '?');
        return b.toString();
    }
}
