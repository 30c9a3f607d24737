package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VisibleLabelTest {
    static int changed(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    static int[] grey(int w, int h) {
        int[] rgb = new int[w * h];
        Arrays.fill(rgb, 0x808080);
        return rgb;
    }

    @Test
    void bothShowsTheSlateForTwoSecondsThenTheCornerLabel() {
        int w = 640;
        int h = 360;
        VisibleLabel label = new VisibleLabel(LabelMode.BOTH, w, h, 24);
        int[] slate = grey(w, h);
        label.stamp(slate, 47);
        int[] corner = grey(w, h);
        label.stamp(corner, 48);
        int slateArea = changed(grey(w, h), slate);
        int cornerArea = changed(grey(w, h), corner);
        assertTrue(slateArea > w * h / 10, "slate covers a band: " + slateArea);
        assertTrue(cornerArea > 0 && cornerArea < w * h / 20, "corner is small: " + cornerArea);
        // the corner label sits in the bottom-right quarter
        for (int y = 0; y < h / 2; y++) {
            for (int x = 0; x < w; x++) assertEquals(0x808080, corner[y * w + x]);
        }
    }

    @Test
    void slateOnlyLeavesLaterFramesAloneAndNoneNeverDraws() {
        int[] later = grey(320, 180);
        new VisibleLabel(LabelMode.SLATE, 320, 180, 24).stamp(later, 48);
        assertEquals(0, changed(grey(320, 180), later));
        int[] none = grey(320, 180);
        new VisibleLabel(LabelMode.NONE, 320, 180, 24).stamp(none, 0);
        assertEquals(0, changed(grey(320, 180), none));
    }

    @Test
    void labelPixelsAreTheSameEveryTime() {
        int[] a = grey(1280, 720);
        int[] b = grey(1280, 720);
        new VisibleLabel(LabelMode.CORNER, 1280, 720, 30).stamp(a, 500);
        new VisibleLabel(LabelMode.CORNER, 1280, 720, 30).stamp(b, 9);
        assertArrayEquals(a, b);
    }

    @Test
    void aStereo360LabelIsAheadOfTheViewerInBothEyesAlike() {
        int w = 1024;
        int eye = 512;
        VideoFormat f = new VideoFormat(w, 2 * eye, 30, VideoCodec.H264, 48_000, 4, true, true);
        int[] rgb = grey(w, 2 * eye);
        VisibleLabel.of(LabelMode.CORNER, f).stamp(rgb, 100);
        int[] top = Arrays.copyOfRange(rgb, 0, w * eye);
        int[] bottom = Arrays.copyOfRange(rgb, w * eye, 2 * w * eye);
        assertArrayEquals(top, bottom, "the same label in both eyes: no disparity");
        long sumX = 0;
        int n = 0;
        for (int y = 0; y < eye; y++) {
            for (int x = 0; x < w; x++) {
                if (top[y * w + x] == 0x808080) continue;
                assertTrue(y > eye / 2, "below the horizon: row " + y);
                sumX += x;
                n++;
            }
        }
        assertTrue(n > 0);
        assertEquals(w / 2.0, sumX / (double) n, w / 40.0, "straight ahead (mid-width)");
    }

    @Test
    void unknownModeIsRefusedWithTheChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> LabelMode.fromId("off"));
        assertTrue(e.getMessage().contains("corner, slate, both or none"));
        assertEquals(LabelMode.NONE, LabelMode.fromId(" NONE "));
    }
}
