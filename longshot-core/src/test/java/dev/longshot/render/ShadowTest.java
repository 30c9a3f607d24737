package dev.longshot.render;

import static dev.longshot.render.RenderFixture.plan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.Water;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tall body on open ground, seen from straight above, with the sun low in the east. */
class ShadowTest {
    private static final int W = 320;
    private static final int H = 180;
    private static final Terrain GROUND = new Terrain(7, Setting.GRASSLAND, Water.NONE);
    private static final Vec3 EAST_SUN = new Vec3(0.8, 0.6, 0).normalized();
    private static SoftwareRenderer renderer;

    @BeforeAll
    static void open() {
        renderer = new SoftwareRenderer(W, H, 2);
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    private static Lighting sun(Vec3 toSun, double intensity) {
        return new Lighting(toSun, 0xFFF2D8, intensity, 0.35, 0x3A6FC4, 0xB8D4EE, 0xC4D4E2,
                0.0006);
    }

    private static int[] render(Lighting light, boolean body) {
        double ground = GROUND.heightAt(0, 0);
        // Straight down, heading north: screen right is east (+x), screen up is north.
        Camera cam = new Camera(new Vec3(0, ground + 40, 0), 0, -89.5, 50);
        List<SubjectPose> subjects = body
                ? List.of(new SubjectPose("person#1", Subject.PERSON, new Vec3(0, ground, 0), 0,
                        0, 0, 5))
                : List.of();
        return renderer.render(new FrameSpec(new Timecode(0, 24), plan(GROUND), GROUND, cam,
                light, true, subjects)).rgb();
    }

    private static int luma(int c) {
        return EdgeAntialias.luma(c);
    }

    // Pixels where the body darkened the ground but left it grass-green: its shadow.
    private static int[] shadowCounts(Lighting light) {
        int[] bare = render(light, false);
        int[] with = render(light, true);
        int west = 0;
        int east = 0;
        long darkness = 0;
        for (int i = 0; i < bare.length; i++) {
            int c = with[i];
            boolean green = ((c >> 8) & 255) > ((c >> 16) & 255) && ((c >> 8) & 255) > (c & 255);
            int drop = luma(bare[i]) - luma(c);
            if (!green || drop < 8) continue;
            if (i % W < W / 2) west++;
            else east++;
            darkness += drop;
        }
        return new int[] {west, east, (int) darkness};
    }

    @Test
    void shadowFallsAwayFromTheSun() {
        int[] n = shadowCounts(sun(EAST_SUN, 0.9));
        assertTrue(n[0] > 200, "shadow pixels west of the body: " + n[0]);
        assertTrue(n[0] > 10 * n[1], "west " + n[0] + " vs east " + n[1]);
        // Sun in the west: the shadow swaps sides.
        int[] m = shadowCounts(sun(new Vec3(-0.8, 0.6, 0).normalized(), 0.9));
        assertTrue(m[1] > 10 * m[0], "west " + m[0] + " vs east " + m[1]);
    }

    @Test
    void overcastWeakensShadows() {
        int[] clear = shadowCounts(sun(EAST_SUN, 0.9));
        int[] grey = shadowCounts(sun(EAST_SUN, 0.2));
        assertTrue(grey[2] * 2 < clear[2], "darkness " + grey[2] + " vs " + clear[2]);
    }

    @Test
    void shadowsDoNotChangeWithThreadCount() {
        FrameSpec spec = RenderFixture.overLake();
        int[] reference;
        try (var one = new SoftwareRenderer(256, 144, 1)) {
            reference = one.render(spec).rgb();
        }
        try (var three = new SoftwareRenderer(256, 144, 3)) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(reference, three.render(spec).rgb());
        }
    }
}
