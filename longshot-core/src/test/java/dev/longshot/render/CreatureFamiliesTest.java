package dev.longshot.render;

import static dev.longshot.render.MeshMeasures.bounds;
import static dev.longshot.render.MeshMeasures.mesh;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.creature.Bestiary;
import dev.longshot.world.creature.Habitat;
import dev.longshot.world.creature.Species;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every family of the catalog's creatures, built from its recipes alone. */
class CreatureFamiliesTest {
    private static final Bestiary ALL = Bestiary.bundled();

    private static SubjectPose pose(String id, Vec3 at, double yaw, double speed,
                                    double phase) {
        return new SubjectPose(id + "#0", ALL.get(id), at, yaw, speed, phase, 1);
    }

    private static double height(String id) {
        return bounds(mesh(ALL.get(id), 0, 0))[4];
    }

    private static double width(String id) {
        double[] r = bounds(mesh(ALL.get(id), 0, 0));
        return r[3] - r[0];
    }

    @Test
    void everySpeciesBuildsAMeshThatMovesWithItsGait() {
        for (Species s : ALL.all()) {
            MeshBatch a = mesh(s, s.traits().walk(), 0.1);
            MeshBatch b = mesh(s, s.traits().walk(), 0.35);
            int tris = a.triangleCount();
            assertTrue(tris >= 20 && tris <= 600, s.id() + ": " + tris + " triangles");
            boolean moved = a.vertexCount() != b.vertexCount();
            for (int v = 0; v < StrictMath.min(a.vertexCount(), b.vertexCount()) && !moved; v++) {
                moved = a.x[v] != b.x[v] || a.y[v] != b.y[v] || a.z[v] != b.z[v];
            }
            assertTrue(moved, s.id() + " does not move between gait phases");
        }
    }

    @Test
    void walkersStandOnTheGroundAndSwimmersBreakTheSurface() {
        for (Species s : ALL.all()) {
            double[] r = bounds(mesh(s, 0, 0.2));
            if (s.habitat() == Habitat.LAND) {
                assertTrue(r[1] > -0.08 && r[1] < 0.05, s.id() + " feet at " + r[1]);
            } else if (s.habitat() == Habitat.WATER) {
                // The base point is 8 cm under the surface: something shows above it.
                assertTrue(r[4] > 0.1 && r[1] < 0, s.id() + " spans " + r[1] + " … " + r[4]);
            } else {
                assertTrue(r[1] > -2 && r[4] < 2, s.id() + " flies around its centre");
            }
        }
    }

    @Test
    void speciesAreTellApartByTheirShape() {
        assertTrue(height("giraffe") > 1.6 * height("zebra"),
                "giraffe " + height("giraffe") + " zebra " + height("zebra"));
        assertTrue(height("giraffe") > 4, "giraffe " + height("giraffe"));
        for (Species s : ALL.all()) {
            // (A peacock's raised fan is wider than any body: it is a display, not a body.)
            boolean display = "fan".equals(s.recipe().text("tail", ""));
            if (s.habitat() == Habitat.LAND && !s.id().equals("elephant") && !display) {
                assertTrue(width("elephant") > width(s.id()), "wider than the elephant: " + s);
            }
        }
        assertTrue(height("elephant") > height("horse"));
        assertTrue(height("cat") < height("dog") && height("rabbit") < height("fox"));
        assertTrue(height("crocodile") < 0.8, "crocodile " + height("crocodile"));
        assertTrue(height("child") < 0.75 * height("person"));
        double[] whale = bounds(mesh(ALL.get("whale"), 0, 0.5));
        double[] fish = bounds(mesh(ALL.get("fish"), 0, 0.5));
        assertTrue(whale[5] - whale[2] > 10 * (fish[5] - fish[2]));
        assertTrue(bounds(mesh(ALL.get("vulture"), 0, 0.5))[3]
                > 2 * bounds(mesh(ALL.get("crow"), 0, 0.5))[3], "vulture's span");
    }

    @Test
    void theStripesOfAZebraAreNotTheSpotsOfAGiraffe() {
        // Same family, same builder: the pattern colours make the difference.
        assertTrue(colours(mesh(ALL.get("zebra"), 0, 0)).contains(0x1A1A1A));
        assertTrue(colours(mesh(ALL.get("giraffe"), 0, 0)).contains(0x7A4A22));
        assertFalse(colours(mesh(ALL.get("lion"), 0, 0)).contains(0x1A1A1A));
    }

    private static List<Integer> colours(MeshBatch b) {
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < b.vertexCount(); v++) out.add(b.albedo[v] & 0xFFFFFF);
        return out;
    }

    // ---- rendered: a storyboard naming each creature once, one line per creature --------

    private static final Terrain LAND = new Terrain(7, Setting.GRASSLAND, Water.LAKE);

    private static int[] render(Terrain t, Camera cam, Lighting light, List<SubjectPose> poses,
                                int threads) {
        FrameSpec spec = new FrameSpec(new Timecode(12, 24), RenderFixture.plan(t), t, cam,
                light, false, poses);
        try (SoftwareRenderer r = new SoftwareRenderer(160, 90, threads)) {
            return r.render(spec).rgb();
        }
    }

    private static int changed(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    /** A dry spot and a deep spot of the lake terrain, found by a fixed scan. */
    private static Vec3 spot(boolean deep) {
        for (int i = 0; i < 400; i++) {
            double x = -300 + (i % 20) * 30, z = -300 + (i / 20) * 30;
            double h = LAND.heightAt(x, z);
            boolean ok = deep ? h < LAND.waterLevel() - 3 && LAND.heightAt(x, z + 14)
                    < LAND.waterLevel() : h > LAND.waterLevel() + 1 && StrictMath.abs(
                    LAND.heightAt(x, z + 14) - h) < 2;
            if (ok) return new Vec3(x, deep ? LAND.waterLevel() - 0.08 : h, z);
        }
        throw new AssertionError("no spot");
    }

    @Test
    void aStoryboardNamingEachCreatureOnceShowsEachOne() {
        String[] ids = {"elephant", "giraffe", "zebra", "lion", "crocodile", "camel",
            "flamingo", "vulture", "child", "dolphin", "shark", "whale"};
        for (String id : ids) {
            Species s = ALL.get(id);
            boolean wet = s.habitat() == Habitat.WATER;
            Vec3 at = spot(wet);
            double back = id.equals("whale") ? 30 : s.habitat() == Habitat.AIR ? 5
                    : 4 + s.traits().radius() * 8;
            if (s.habitat() == Habitat.AIR) at = at.plus(new Vec3(0, 3, 0));
            Camera cam = RenderFixture.cameraAt(LAND, at.x(), at.z() + back, 2.5, 0, -6);
            Lighting light = RenderFixture.daylight();
            int[] empty = render(LAND, cam, light, List.of(), 2);
            // A dolphin is seen mid-leap; the rest show their usual pose.
            double phase = id.equals("dolphin") ? 0.75 : 0.1;
            int[] with = render(LAND, cam, light, List.of(pose(id, at, 90, 0, phase)), 2);
            int px = changed(empty, with);
            // 0.5 % of a 160×90 frame is 72 pixels.
            assertTrue(px >= 72, id + " covers only " + px + " pixels");
        }
    }

    @Test
    void newCreaturesCastShadowsAndRenderTheSameOnAnyThreadCount() {
        Vec3 at = spot(false);
        Camera top = new Camera(at.plus(new Vec3(0, 40, 0)), 0, -89.5, 50);
        Lighting east = new Lighting(new Vec3(0.8, 0.6, 0).normalized(), 0xFFF2D8, 0.9, 0.35,
                0x3A6FC4, 0xB8D4EE, 0xC4D4E2, 0.0006);
        Lighting overhead = new Lighting(new Vec3(0, 1, 0), 0xFFF2D8, 0.9, 0.35, 0x3A6FC4,
                0xB8D4EE, 0xC4D4E2, 0.0006);
        for (String id : List.of("elephant", "crocodile", "child", "vulture")) {
            Vec3 p = ALL.get(id).habitat() == Habitat.AIR ? at.plus(new Vec3(0, 3, 0)) : at;
            List<SubjectPose> one = List.of(new SubjectPose(id + "#0", ALL.get(id), p, 0, 0,
                    0.1, 3));
            int[] bare = shaded(top, east, List.of());
            int[] with = shaded(top, east, one);
            // Its own silhouette: what it changes with the sun overhead (shadow hidden below).
            int[] bareNoon = shaded(top, overhead, List.of());
            int[] withNoon = shaded(top, overhead, one);
            int west = 0;
            for (int i = 0; i < bare.length; i++) {
                int drop = EdgeAntialias.luma(bare[i]) - EdgeAntialias.luma(with[i]);
                boolean body = bareNoon[i] != withNoon[i];
                if (i % 160 < 80 && !body && drop >= 8) west++;
            }
            assertTrue(west > 15, id + ": shadow pixels west of it " + west);
        }
        List<SubjectPose> herd = new ArrayList<>();
        String[] mix = {"zebra", "giraffe", "elephant", "lion", "flamingo", "child"};
        for (int k = 0; k < mix.length; k++) {
            herd.add(pose(mix[k], at.plus(new Vec3(k * 2.5 - 6, 0, -k)), 30 * k, 1, k * 0.13));
        }
        Camera cam = RenderFixture.cameraAt(LAND, at.x(), at.z() + 16, 3, 0, -8);
        int[] a = render(LAND, cam, RenderFixture.daylight(), herd, 1);
        assertArrayEquals(a, render(LAND, cam, RenderFixture.daylight(), herd, 3));
        assertFalse(Arrays.equals(a, render(LAND, cam, RenderFixture.daylight(), List.of(), 1)));
    }

    private static int[] shaded(Camera cam, Lighting light, List<SubjectPose> poses) {
        FrameSpec spec = new FrameSpec(new Timecode(0, 24), RenderFixture.plan(LAND), LAND, cam,
                light, true, poses);
        try (SoftwareRenderer r = new SoftwareRenderer(160, 90, 2)) {
            return r.render(spec).rgb();
        }
    }
}
