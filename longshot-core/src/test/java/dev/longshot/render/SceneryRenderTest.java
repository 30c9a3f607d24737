package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Transition;
import dev.longshot.plan.Water;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SceneChange;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.camera.CameraRig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places a viewer must recognise, seen from the spawn camera. */
class SceneryRenderTest {
    private static final int W = 320, H = 180;

    private static FrameSpec atSpawn(Terrain t, long frame) {
        Camera c = CameraRig.spawn(t).camera();
        return RenderFixture.spec(t, c, RenderFixture.daylight(), frame);
    }

    private static int[] render(FrameSpec spec) {
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2)) {
            return r.render(spec).rgb();
        }
    }

    @Test
    void volcanoGlowsRedAndOrangeNearItsCrater() {
        int[] px = render(atSpawn(new Terrain(7, Setting.VOLCANO, Water.NONE), 0));
        int glowing = 0;
        for (int i = 0; i < W * H * 3 / 5; i++) { // the cone's face and crater
            int r = px[i] >> 16 & 255, g = px[i] >> 8 & 255, b = px[i] & 255;
            if (r > 150 && r > g + 50 && r > b + 80) glowing++;
        }
        assertTrue(glowing > 30, "glowing pixels " + glowing);
    }

    @Test
    void buildingsChangeTheViewOfTheirPlace() {
        for (Setting s : List.of(Setting.VILLAGE, Setting.CITY, Setting.ANCIENT_CITY)) {
            Terrain town = new Terrain(7, s, Water.NONE);
            Terrain bare = town.bare();
            int[] with = render(atSpawn(town, 0));
            int[] without = render(RenderFixture.spec(bare, CameraRig.spawn(town).camera(),
                    RenderFixture.daylight(), 0));
            int differ = 0;
            for (int i = 0; i < with.length; i++) if (with[i] != without[i]) differ++;
            assertTrue(differ > with.length / 25, s + ": " + differ);
        }
    }

    @Test
    void waterMovesOverTime() {
        for (Water w : List.of(Water.STREAM, Water.RIVER, Water.LAKE, Water.SEA)) {
            Terrain t = new Terrain(7, w == Water.SEA ? Setting.COAST : Setting.FOREST, w);
            int[] a = render(atSpawn(t, 0));
            int[] b = render(atSpawn(t, 12));
            int differ = 0;
            for (int i = 0; i < a.length; i++) if (a[i] != b[i]) differ++;
            assertTrue(differ > W * H / 30, w + ": " + differ);
        }
    }

    @Test
    void aDissolveMixesTheOldFrameWithTheNew() {
        Terrain city = new Terrain(7, Setting.CITY, Water.NONE);
        Terrain desert = new Terrain(7, Setting.DESERT, Water.NONE);
        FrameSpec old = atSpawn(desert, 5);
        FrameSpec now = atSpawn(city, 5);
        FrameSpec half = new FrameSpec(now.time(), now.plan(), city, now.camera(),
                now.lighting(), false, List.of(),
                new SceneChange(Transition.DISSOLVE, 0.5, old));
        try (Dissolve d = new Dissolve(new SoftwareRenderer(W, H, 2))) {
            int[] a = d.render(old).rgb(), b = d.render(now).rgb(), m = d.render(half).rgb();
            int between = 0;
            for (int i = 0; i < m.length; i++) {
                int ga = a[i] >> 8 & 255, gb = b[i] >> 8 & 255, gm = m[i] >> 8 & 255;
                if (ga != gb && gm > Math.min(ga, gb) && gm < Math.max(ga, gb)) between++;
            }
            assertTrue(between > m.length / 4, "between: " + between);
            assertArrayEquals(m, d.render(half).rgb(), "deterministic");
        }
    }
}
