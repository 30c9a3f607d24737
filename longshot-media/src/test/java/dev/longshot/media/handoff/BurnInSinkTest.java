package dev.longshot.media.handoff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.GenerationLog;
import dev.longshot.director.VideoSink;
import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnInSinkTest {
    private static Frame grey(long frame) {
        int[] rgb = new int[480 * 270];
        Arrays.fill(rgb, 0x808080);
        return new Frame(480, 270, rgb, new Timecode(frame, 24));
    }

    @Test
    void burnsTextOnADarkBandTopLeftAndLeavesTheRestAlone() {
        Frame f = BurnIn.draw(grey(0), "00:00:01:05  SHOT 2  LINE 3  35MM");
        int white = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 400; x++) if (f.rgb()[y * 480 + x] == 0xFFFFFF) white++;
        }
        assertTrue(white > 300, "text pixels " + white);
        assertEquals(0x2A2A2A, f.rgb()[1], "band darkened to a third");
        assertEquals(0x808080, f.rgb()[269 * 480 + 479], "bottom right untouched");
        assertArrayEquals(f.rgb(), BurnIn.draw(grey(0), "00:00:01:05  SHOT 2  LINE 3  35MM").rgb());
    }

    @Test
    void eachFrameGetsItsOwnTimecodeShotAndLine() throws IOException {
        List<Frame> written = new ArrayList<>();
        BurnInSink sink = new BurnInSink(VideoSink.framesOnly(written::add));
        Camera cam = new Camera(new Vec3(0, 2, 0), 0, 0, 40);
        List<GenerationLog.FrameCamera> frames = new ArrayList<>();
        for (long f = 0; f < 3; f++) {
            frames.add(new GenerationLog.FrameCamera(f, cam, f == 2, f == 2 ? "cut" : "cut"));
        }
        sink.event(new GenerationLog.Framed(0, 4, "A forest", frames));
        for (long f = 0; f < 3; f++) sink.writeFrame(grey(f));
        assertEquals(3, written.size());
        assertNotEquals(Arrays.hashCode(written.get(0).rgb()), Arrays.hashCode(written.get(1).rgb()),
                "the frame number changes the text");
        // a cut starts shot 2: the burned text differs from a frame in shot 1 beyond the timecode
        Frame shot1 = BurnIn.draw(grey(2), "00:00:00:02  SHOT 1  LINE 4  "
                + String.format(java.util.Locale.ROOT, "%.0fMM", cam.focalLengthMm()));
        assertNotEquals(Arrays.hashCode(shot1.rgb()), Arrays.hashCode(written.get(2).rgb()));
        Frame shot2 = BurnIn.draw(grey(2), "00:00:00:02  SHOT 2  LINE 4  "
                + String.format(java.util.Locale.ROOT, "%.0fMM", cam.focalLengthMm()));
        assertArrayEquals(shot2.rgb(), written.get(2).rgb());
    }

    @Test
    void aRunStartingLaterNumbersShotsFromThoseBeforeIt() throws IOException {
        List<Frame> written = new ArrayList<>();
        BurnInSink sink = new BurnInSink(VideoSink.framesOnly(written::add));
        Camera cam = new Camera(new Vec3(0, 2, 0), 0, 0, 40);
        sink.event(new GenerationLog.Reached(10, 4));
        sink.event(new GenerationLog.Framed(10, 7, "A forest", List.of(
                new GenerationLog.FrameCamera(240, cam, false, "cut"),
                new GenerationLog.FrameCamera(241, cam, true, "cut"))));
        sink.writeFrame(grey(240));
        sink.writeFrame(grey(241));
        String lens = String.format(java.util.Locale.ROOT, "%.0fMM", cam.focalLengthMm());
        assertArrayEquals(BurnIn.draw(grey(240), "00:00:10:00  SHOT 4  LINE 7  " + lens).rgb(),
                written.get(0).rgb(), "still the 4th shot, at its true timecode");
        assertArrayEquals(BurnIn.draw(grey(241), "00:00:10:01  SHOT 5  LINE 7  " + lens).rgb(),
                written.get(1).rgb(), "the cut starts the 5th");
    }
}
