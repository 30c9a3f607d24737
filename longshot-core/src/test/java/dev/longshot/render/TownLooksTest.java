package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A town reads as one: a modern town's houses wear many facade colours; a bus after dusk
 * shows lit windows, headlamps and tail lamps and none by day; a black cat in the dark is
 * darker than a white one.
 */
class TownLooksTest {
    private static final int W = 320, H = 180;

    /** Pixels of entry {@code id} over {@code frames}, as 0xRRGGBB. */
    private static int[] pixelsOf(List<FrameSpec> frames, String id) {
        int entity = EntityIds.bundled().of(id);
        java.util.List<Integer> out = new java.util.ArrayList<>();
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2)) {
            for (FrameSpec s : frames) {
                int[] rgb = r.render(s).rgb();
                int[] ids = r.entityIds();
                for (int i = 0; i < rgb.length; i++) if (ids[i] == entity) out.add(rgb[i]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int luma(int c) {
        return (54 * (c >> 16 & 255) + 183 * (c >> 8 & 255) + 19 * (c & 255)) >> 8;
    }

    /** Hue sector (of 12) of a saturated colour, or -1 for a grey, white or black one. */
    private static int hueSector(int c) {
        float[] hsb = java.awt.Color.RGBtoHSB(c >> 16 & 255, c >> 8 & 255, c & 255, null);
        return hsb[1] < 0.2f || hsb[2] < 0.15f ? -1 : (int) (hsb[0] * 12) % 12;
    }

    @Test
    void aModernTownsFacadesComeInManyColours() {
        int[] px = pixelsOf(ShownFrames.lastSecond("A modern town at noon"), "house");
        assertTrue(px.length > 0.05 * W * H * 3, "houses on screen: " + px.length);
        int[] sectors = new int[12];
        int grey = 0;
        for (int c : px) {
            int s = hueSector(c);
            if (s < 0) grey++;
            else sectors[s]++;
        }
        int hues = 0;
        for (int n : sectors) if (n > 0.03 * px.length) hues++;
        String seen = "hues over 3 %%: %d, grey %.2f".formatted(hues, grey / (double) px.length);
        assertTrue(hues >= 3, seen);
        assertTrue(grey < 0.8 * px.length, seen);
    }

    private static Prop bus() {
        return new Prop(PropKind.VEHICLE, 0, 0, 0, 0, 0, 2.5, 12, 3.2, 11, 0, "bus", "modern");
    }

    /** Glowing vertices of a vehicle mesh in a box of local x, y and z. */
    private static int glowing(MeshBatch b, double x0, double y0, double y1, double z0) {
        int n = 0;
        for (int v = 0; v < b.vertexCount(); v++) {
            if ((b.albedo[v] & MeshBatch.GLOW) == 0) continue;
            if (StrictMath.abs(b.x[v]) >= x0 && b.y[v] >= y0 && b.y[v] <= y1
                    && StrictMath.abs(b.z[v]) >= z0) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aBusShowsLitWindowsAndLampsAfterDuskAndNoneByDay() {
        MeshBatch day = new MeshBatch(), night = new MeshBatch();
        day.beginPart();
        VehicleMeshes.build(day, Xform.at(0, 0, 0), bus(), 0, 0);
        day.endPart();
        night.beginPart();
        VehicleMeshes.build(night, Xform.at(0, 0, 0), bus(), 0, 1);
        night.endPart();
        double h = 3.2;
        // Side windows: outside the body's sides, in the glass band.
        assertEquals(0, glowing(day, 0, 0, 99, 0));
        assertTrue(glowing(night, 1.25, 0.55 * h, 0.85 * h, 0) >= 4 * 7 * 2,
                "side panes: " + glowing(night, 1.25, 0.55 * h, 0.85 * h, 0));
        // Headlamps and tail lamps low on the ends.
        assertTrue(glowing(night, 0, 0.7, 1.2, 6) >= 4 * 8, "lamps");
    }

    @Test
    void aBusAtNightReadsAgainstTheDark() {
        int[] bus = pixelsOf(ShownFrames.lastSecond("Night in the modern town",
                "Close-up of the bus at night"), "bus");
        assertTrue(bus.length > 0.01 * W * H * 3, "bus on screen: " + bus.length);
        int bright = 0;
        for (int c : bus) if (luma(c) >= 150) bright++;
        assertTrue(bright >= 0.05 * bus.length, "lit: %d of %d".formatted(bright, bus.length));
    }

    @Test
    void aBlackCatAtNightIsDarkerThanAWhiteOne() {
        double black = meanLuma(pixelsOf(ShownFrames.lastSecond("Night in the village",
                "Close-up of a black cat at night"), "cat"));
        double white = meanLuma(pixelsOf(ShownFrames.lastSecond("Night in the village",
                "Close-up of a white cat at night"), "cat"));
        double zh = meanLuma(pixelsOf(ShownFrames.lastSecond("夜晚的村庄", "一只黑猫的特写"),
                "cat"));
        String seen = "black %.1f, white %.1f, 黑 %.1f".formatted(black, white, zh);
        assertTrue(white - black >= 30, seen);
        assertTrue(zh < white - 30, seen);
    }

    private static double meanLuma(int[] px) {
        assertTrue(px.length > 500, "cat on screen: " + px.length);
        double sum = 0;
        for (int c : px) sum += luma(c);
        return sum / px.length;
    }
}
