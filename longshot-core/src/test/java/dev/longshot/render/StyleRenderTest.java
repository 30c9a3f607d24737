package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Terrain;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.camera.CameraRig;
import dev.longshot.world.scenery.SceneryRequest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Villages and harbours in each style, seen from the spawn camera, look different. */
class StyleRenderTest {
    private static final int W = 320, H = 180;
    static final List<String> STYLES = SceneryRequest.STYLES;

    static Terrain styled(String setting, String style, Setting ground, Water water,
                          List<String> things) {
        return new Terrain(7, ground, water,
                new SceneryRequest(setting, style, List.of()).withThings(things));
    }

    static int[] render(Terrain t, Lighting light, long frame) {
        return render(t, light, frame, 2);
    }

    static int[] render(Terrain t, Lighting light, long frame, int threads) {
        Camera c = CameraRig.spawn(t).camera();
        FrameSpec spec = RenderFixture.spec(t, c, light, frame);
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, threads)) {
            int[] px = r.render(spec).rgb();
            dump(t.request().setting() + "-" + t.request().style() + "-" + frame
                    + (light.sunIntensity() < 0.1 ? "-night" : ""), px);
            return px;
        }
    }

    static Lighting night() {
        return new Lighting(new dev.longshot.world.Vec3(0.3, -0.4, -0.5).normalized(), 0x304060,
                0.0, 0.08, 0x0A1020, 0x141C30, 0x101828, 0.0006);
    }

    /** Writes the frame as a PNG under {@code $LONGSHOT_DUMP} when it is set. */
    static void dump(String name, int[] px) {
        String dir = System.getenv("LONGSHOT_DUMP");
        if (dir == null) return;
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, W, H, px, 0, W);
        try {
            javax.imageio.ImageIO.write(img, "png", new File(dir, name + ".png"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    @Test
    void aVillageInEachStyleLooksDifferent() {
        int[][] frames = new int[STYLES.size()][];
        for (int s = 0; s < STYLES.size(); s++) {
            frames[s] = render(styled("village", STYLES.get(s), Setting.VILLAGE, Water.NONE,
                    List.of()), RenderFixture.daylight(), 0);
        }
        for (int a = 0; a < frames.length; a++) {
            for (int b = a + 1; b < frames.length; b++) {
                int d = differing(frames[a], frames[b]);
                assertTrue(d > W * H / 20, STYLES.get(a) + " vs " + STYLES.get(b) + ": " + d);
            }
        }
    }

    @Test
    void aStyledHarbourIsTheSameOnOneOrManyThreads() {
        Terrain t = styled("harbour", "chinese-classical", Setting.COAST, Water.SEA,
                List.of("junk", "lantern", "bridge"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                render(t, RenderFixture.daylight(), 30, 1), render(t, RenderFixture.daylight(),
                        30, 3));
    }

    @Test
    void aTownsLanternsGlowWarmAtNight() {
        for (String style : STYLES) {
            Terrain t = styled("town", style, Setting.VILLAGE, Water.NONE,
                    List.of("lantern", "campfire"));
            int[] px = render(t, night(), 0);
            int warm = 0;
            for (int p : px) {
                int r = p >> 16 & 255, g = p >> 8 & 255, b = p & 255;
                if (r > 120 && r > b + 60 && g > 30) warm++;
            }
            assertTrue(warm > 12, style + ": warm pixels " + warm);
        }
    }

    @Test
    void aSongHarbourShowsJunksAndRedLanterns() {
        Terrain song = styled("harbour", "chinese-classical", Setting.COAST, Water.SEA,
                List.of());
        int[] px = render(song, RenderFixture.daylight(), 24);
        int[] modern = render(styled("harbour", "modern", Setting.COAST, Water.SEA, List.of()),
                RenderFixture.daylight(), 24);
        assertTrue(differing(px, modern) > W * H / 20);
    }
}
