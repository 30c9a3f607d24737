package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every {@link VideoSink} promises: frames and sound in, {@link VideoSink#finish()}
 * publishes, {@link VideoSink#close()} is idempotent and, before a finish, publishes nothing;
 * once finished or closed the sink refuses more work with an {@link IllegalStateException}
 * (never a silent drop or a hang); null frames or samples are refused with a message.
 */
public abstract class VideoSinkContract {
    /** A new sink for {@code format}; {@link #published()} tells about the last one opened. */
    protected abstract VideoSink open(VideoFormat format) throws IOException;

    /** Whether the last opened sink's result is in place under its final name. */
    protected abstract boolean published() throws IOException;

    /** False for sinks that write no file at all (nothing is ever published). */
    protected boolean publishes() {
        return true;
    }

    /** Tiny and short: 64×36 at 12 fps with 8 kHz sound. */
    protected VideoFormat format() {
        return new VideoFormat(64, 36, 12, VideoCodec.H264, 8000);
    }

    /** Frame {@code i}: a gradient that moves, so no two frames are alike. */
    protected Frame frame(int i) {
        VideoFormat f = format();
        int[] rgb = new int[f.width() * f.height()];
        for (int p = 0; p < rgb.length; p++) {
            int v = (p % f.width() * 4 + i * 8) & 255;
            rgb[p] = v << 16 | (255 - v) << 8 | (p / f.width() * 6 & 255);
        }
        return new Frame(f.width(), f.height(), rgb, new Timecode(i, f.fps()));
    }

    private void writeASecond(VideoSink sink) throws IOException {
        for (int i = 0; i < format().fps(); i++) sink.writeFrame(frame(i));
        sink.writeAudio(new short[format().audioSampleRate()]);
    }

    private static void refused(Executable work, String what) {
        var e = assertThrows(IllegalStateException.class, work, what);
        assertNotNull(e.getMessage(), what + ": says why");
    }

    @Test
    void aFinishedSinkPublishesAndClosesTwiceQuietly() throws IOException {
        VideoSink sink = open(format());
        writeASecond(sink);
        sink.finish();
        sink.close();
        assertDoesNotThrow(sink::close, "a second close");
        assertEquals(publishes(), published());
    }

    @Test
    void closingUnfinishedPublishesNothingAndClosesTwiceQuietly() throws IOException {
        VideoSink sink = open(format());
        writeASecond(sink);
        sink.close();
        assertDoesNotThrow(sink::close, "a second close");
        assertFalse(published(), "a failed run leaves nothing under the final name");
    }

    @Test
    void afterFinishMoreWorkIsRefused() throws IOException {
        try (VideoSink sink = open(format())) {
            writeASecond(sink);
            sink.finish();
            refused(() -> sink.writeFrame(frame(99)), "a frame after finish");
            refused(() -> sink.writeAudio(new short[8]), "sound after finish");
            refused(sink::finish, "a second finish");
        }
    }

    @Test
    void afterCloseMoreWorkIsRefused() throws IOException {
        VideoSink sink = open(format());
        sink.writeFrame(frame(0));
        sink.close();
        refused(() -> sink.writeFrame(frame(1)), "a frame after close");
        refused(() -> sink.writeAudio(new short[8]), "sound after close");
        refused(sink::finish, "finish after close");
        assertFalse(published());
    }

    @Test
    void nullFramesAndSamplesAreRefused() throws IOException {
        try (VideoSink sink = open(format())) {
            var f = assertThrows(NullPointerException.class, () -> sink.writeFrame(null));
            assertNotNull(f.getMessage());
            var s = assertThrows(NullPointerException.class, () -> sink.writeAudio(null));
            assertNotNull(s.getMessage());
        }
    }
}
