package dev.longshot.media.handoff;

import dev.longshot.director.FrameFilterSink;
import dev.longshot.director.GenerationLog;
import dev.longshot.director.RunReport;
import dev.longshot.director.VideoSink;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Burns review text into every frame on its way to the video: SMPTE timecode, shot number,
 * storyboard line and lens. It hears each second's cameras as a generation log (the director
 * tells the log of a second just before writing its frames), so it holds one second of text,
 * never frames. A run that starts later (a segment, an excerpt) numbers its shots from the
 * shots the director says began before its start, so they match the whole video's.
 */
public final class BurnInSink extends FrameFilterSink implements GenerationLog {
    private final Map<Long, String> texts = new HashMap<>();
    private int shot;

    public BurnInSink(VideoSink inner) {
        super(inner);
    }

    @Override
    public void begin(Header header) {}

    @Override
    public void event(Event event) {
        if (event instanceof Reached r) shot = r.shotsBefore();
        if (!(event instanceof Framed f)) return;
        texts.clear();
        for (FrameCamera c : f.frames()) {
            if (c.startsShot()) shot++;
            texts.put(c.frame(), String.format(Locale.ROOT, "SHOT %d  LINE %d  %.0fMM", shot,
                    f.line(), c.camera().focalLengthMm()));
        }
    }

    @Override
    public void end(RunReport report) {}

    @Override
    public void writeFrame(Frame frame) throws IOException {
        String text = texts.get(frame.time().frame());
        inner.writeFrame(text == null ? frame : BurnIn.draw(frame,
                Smpte.of(frame.time().frame(), frame.time().fps()) + "  " + text));
    }
}
