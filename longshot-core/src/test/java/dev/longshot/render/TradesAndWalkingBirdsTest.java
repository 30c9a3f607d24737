package dev.longshot.render;

import static dev.longshot.render.MeshMeasures.bounds;
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
import dev.longshot.world.creature.Species;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The creature entries built as data on the existing families: walking birds (peacock,
 * penguin, chicken), an upright hopping kangaroo, a turtle, and people of a trade.
 */
class TradesAndWalkingBirdsTest {
    private static final Bestiary ALL = Bestiary.bundled();
    private static final Terrain LAND = new Terrain(7, Setting.GRASSLAND, Water.LAKE);

    private static MeshBatch mesh(String id, double speed, double phase) {
        return MeshMeasures.mesh(ALL.get(id), speed, phase);
    }

    private static Set<Integer> colours(MeshBatch b) {
        Set<Integer> out = new HashSet<>();
        for (int v = 0; v < b.vertexCount(); v++) out.add(b.albedo[v] & 0xFFFFFF);
        return out;
    }

    @Test
    void walkingBirdsStandOnTheirLegsEachAfterItsKind() {
        double[] peacock = bounds(mesh("peacock", 0, 0));
        double[] chicken = bounds(mesh("chicken", 0, 0));
        double[] penguin = bounds(mesh("penguin", 0, 0));
        // The peacock's fan rises well above its head and spreads wider than it is long.
        assertTrue(peacock[4] > 1.4, "fan top " + peacock[4]);
        assertTrue(peacock[3] - peacock[0] > 1.2, "fan width " + (peacock[3] - peacock[0]));
        // The penguin stands upright: taller than it is long; a chicken is small.
        assertTrue(penguin[4] > 2 * (penguin[5] - penguin[2]), "upright penguin");
        assertTrue(chicken[4] < 0.6 && chicken[4] > 0.25, "chicken " + chicken[4]);
        assertTrue(colours(mesh("chicken", 0, 0)).contains(0xD02020), "a red comb");
        assertTrue(colours(mesh("penguin", 0, 0)).contains(0xF4F4F0), "a white front");
    }

    @Test
    void theKangarooHopsOnBothHindLegsAtOnce() {
        MeshBatch mid = mesh("kangaroo", ALL.get("kangaroo").traits().walk(), 0.25);
        MeshBatch low = mesh("kangaroo", ALL.get("kangaroo").traits().walk(), 0.0);
        double[] b = bounds(mid);
        assertTrue(b[4] > 1.3, "stands tall: " + b[4]);
        // Mid-bound the whole body is higher than at touch-down.
        assertTrue(bounds(mid)[4] > bounds(low)[4] + 0.05, "it bounds");
    }

    @Test
    void peopleOfATradeWearTheirColoursAndCarryTheirTools() {
        double[] person = bounds(mesh("person", 0, 0));
        double[] porter = bounds(mesh("porter", 0, 0));
        double[] fisher = bounds(mesh("fisherman", 0, 0));
        assertTrue(porter[5] - porter[2] > 1.6, "the porter's pole and baskets");
        assertTrue(fisher[4] > person[4] + 0.8, "the fisherman's rod rises over his head");
        assertTrue(colours(mesh("monk", 0, 0)).contains(0xC8862A), "a saffron robe");
        assertTrue(colours(mesh("scholar", 0, 0)).contains(0x1E1C1E), "a black scholar's cap");
        assertTrue(colours(mesh("farmer", 0, 0)).contains(0xD2B878), "a straw hat");
        // A monk's head is shaven: no hair colour of plain people on him.
        Set<Integer> monk = colours(mesh("monk", 0, 0));
        for (int hair : new int[] {0x2A2018, 0x5A3A20, 0x1A1A1A, 0x9A8A70}) {
            assertFalse(monk.contains(hair), "hair " + Integer.toHexString(hair));
        }
    }

    private static Vec3 dry() {
        for (int i = 0; i < 400; i++) {
            double x = -300 + (i % 20) * 30, z = -300 + (i / 20) * 30;
            double h = LAND.heightAt(x, z);
            if (h > LAND.waterLevel() + 1 && StrictMath.abs(LAND.heightAt(x, z + 14) - h) < 2) {
                return new Vec3(x, h, z);
            }
        }
        throw new AssertionError("no spot");
    }

    private static int[] render(Camera cam, Lighting light, List<SubjectPose> poses,
                                int threads) {
        FrameSpec spec = new FrameSpec(new Timecode(0, 24), RenderFixture.plan(LAND), LAND, cam,
                light, true, poses);
        try (SoftwareRenderer r = new SoftwareRenderer(160, 90, threads)) {
            return r.render(spec).rgb();
        }
    }

    @Test
    void theyCastShadowsAndRenderTheSameOnAnyThreadCount() {
        Vec3 at = dry();
        Camera top = new Camera(at.plus(new Vec3(0, 30, 0)), 0, -89.5, 50);
        Lighting east = new Lighting(new Vec3(0.8, 0.6, 0).normalized(), 0xFFF2D8, 0.9, 0.35,
                0x3A6FC4, 0xB8D4EE, 0xC4D4E2, 0.0006);
        Lighting overhead = new Lighting(new Vec3(0, 1, 0), 0xFFF2D8, 0.9, 0.35, 0x3A6FC4,
                0xB8D4EE, 0xC4D4E2, 0.0006);
        for (String id : List.of("kangaroo", "peacock", "penguin", "porter")) {
            List<SubjectPose> one = List.of(new SubjectPose(id + "#0", ALL.get(id), at, 0, 0,
                    0.1, 3));
            int[] bare = render(top, east, List.of(), 2), with = render(top, east, one, 2);
            int[] bareNoon = render(top, overhead, List.of(), 2);
            int[] withNoon = render(top, overhead, one, 2);
            int west = 0;
            for (int i = 0; i < bare.length; i++) {
                int drop = EdgeAntialias.luma(bare[i]) - EdgeAntialias.luma(with[i]);
                if (i % 160 < 80 && bareNoon[i] == withNoon[i] && drop >= 8) west++;
            }
            assertTrue(west > 15, id + ": shadow pixels west of it " + west);
        }
        List<SubjectPose> group = new ArrayList<>();
        String[] mix = {"kangaroo", "peacock", "penguin", "chicken", "farmer", "monk", "porter"};
        for (int k = 0; k < mix.length; k++) {
            Species s = ALL.get(mix[k]);
            group.add(new SubjectPose(mix[k] + "#0", s, at.plus(new Vec3(k * 1.8 - 6, 0, -k)),
                    30 * k, s.traits().walk(), k * 0.13, 1));
        }
        Camera cam = RenderFixture.cameraAt(LAND, at.x(), at.z() + 12, 2, 0, -6);
        int[] a = render(cam, RenderFixture.daylight(), group, 1);
        assertArrayEquals(a, render(cam, RenderFixture.daylight(), group, 3));
        assertFalse(java.util.Arrays.equals(a, render(cam, RenderFixture.daylight(), List.of(),
                1)));
    }
}
