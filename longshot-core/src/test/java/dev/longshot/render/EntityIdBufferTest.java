package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.creature.Bestiary;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIdBufferTest {
    private static final Terrain GROUND = RenderFixture.FOREST;
    private static final double X = 30, Z = 140;
    private static final EntityIds IDS = EntityIds.bundled();

    /** A camera 1.2 m up, south of (X, Z), looking north; an elephant {@code ahead} m away. */
    private static FrameSpec elephantAt(double ahead) {
        Camera cam = RenderFixture.cameraAt(GROUND, X, Z, 1.2, 0, -4);
        double z = Z - ahead;
        SubjectPose elephant = new SubjectPose("elephant#0", Bestiary.bundled().get("elephant"),
                new Vec3(X, GROUND.heightAt(X, z), z), 90, 0, 0, 1);
        FrameSpec s = RenderFixture.spec(GROUND, cam, RenderFixture.daylight(), 12);
        return new FrameSpec(s.time(), s.plan(), s.terrain(), s.camera(), s.lighting(), false,
                List.of(elephant));
    }

    private record Rendered(int[] ids, Frame frame) {}

    private static Rendered render(FrameSpec spec, int threads) {
        try (SoftwareRenderer r = new SoftwareRenderer(320, 180, threads)) {
            Frame f = r.render(spec);
            return new Rendered(r.entityIds(), f);
        }
    }

    @Test
    void theIdBufferAndItsCoverageAreTheSameForOneAndThreeThreads() {
        Rendered one = render(elephantAt(12), 1);
        Rendered three = render(elephantAt(12), 3);
        assertArrayEquals(one.ids(), three.ids());
        assertEquals(one.frame().shown(), three.frame().shown());
        assertArrayEquals(one.frame().rgb(), three.frame().rgb());
    }

    @Test
    void coverageCountsEveryPixelOnceFromTheIdBuffer() {
        Rendered r = render(elephantAt(12), 2);
        Coverage c = r.frame().shown();
        assertEquals(320 * 180, c.pixels());
        int[] counted = new int[IDS.size()];
        for (int id : r.ids()) counted[id]++;
        int sum = 0;
        for (int k = 0; k < c.size(); k++) {
            assertEquals(counted[c.entity(k)], c.count(k), IDS.name(c.entity(k)));
            sum += c.count(k);
        }
        assertEquals(c.pixels(), sum);
    }

    @Test
    void groundWaterSkyAndTheCreatureEachHaveTheirCatalogIds() {
        Coverage c = render(elephantAt(12), 2).frame().shown();
        assertTrue(c.share(IDS.of("elephant")) > 0, "elephant");
        assertTrue(c.share(IDS.of("forest")) > 0.05, "the forest's ground");
        assertTrue(c.share(EntityIds.SKY) > 0.05, "sky");
        assertTrue(c.share(IDS.of("pine")) + c.share(IDS.of("tree")) > 0, "trees");
        assertEquals(0, c.share(EntityIds.UNKNOWN), "every pixel stands for an entry");
    }

    @Test
    void aCreatureNearTheCameraCoversMoreThanTheSameCreatureFarAway() {
        int elephant = IDS.of("elephant");
        double near = render(elephantAt(10), 2).frame().shown().share(elephant);
        double far = render(elephantAt(60), 2).frame().shown().share(elephant);
        assertTrue(far > 0, "far elephant visible: " + far);
        assertTrue(near > 4 * far, "near " + near + " vs far " + far);
    }
}
