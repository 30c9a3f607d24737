package dev.longshot.render;

import static dev.longshot.render.RenderFixture.FOREST;
import static dev.longshot.render.RenderFixture.cameraAt;
import static dev.longshot.render.RenderFixture.daylight;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Subject;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeshBatchTest {
    private static final Camera EYE = cameraAt(FOREST, 0, 140, 0.8, 0, 0);

    private static FrameSpec withSubjects(List<SubjectPose> subjects) {
        FrameSpec base = RenderFixture.spec(FOREST, EYE, daylight(), 3);
        return new FrameSpec(new Timecode(3, 24), base.plan(), FOREST, EYE, base.lighting(),
                false, subjects);
    }

    private static SubjectPose deerAhead(double metres) {
        Vec3 eye = EYE.position();
        double ground = FOREST.heightAt(eye.x(), eye.z() - metres);
        return new SubjectPose("deer#0", Subject.DEER, new Vec3(eye.x(), ground, eye.z() - metres),
                90, 0, 0, 1);
    }

    @Test
    void aSubjectInFrontOfTheCameraIsDrawnAtTheCentre() {
        try (var r = new SoftwareRenderer(160, 90, 2)) {
            int[] empty = r.render(withSubjects(List.of())).rgb();
            int[] with = r.render(withSubjects(List.of(deerAhead(4)))).rgb();
            int centre = 45 * 160 + 80;
            assertNotEquals(empty[centre], with[centre], "the subject covers the centre");
        }
    }

    @Test
    void aSubjectBehindTheCameraChangesNothing() {
        try (var r = new SoftwareRenderer(160, 90, 2)) {
            int[] empty = r.render(withSubjects(List.of())).rgb();
            int[] behind = r.render(withSubjects(List.of(deerAhead(-6)))).rgb();
            assertArrayEquals(empty, behind);
        }
    }

    @Test
    void batchesGiveTheSamePixelsForAnyThreadCount() {
        FrameSpec spec = withSubjects(List.of(deerAhead(4), deerAhead(9)));
        int[] one;
        try (var r = new SoftwareRenderer(160, 90, 1)) {
            one = r.render(spec).rgb();
        }
        try (var r = new SoftwareRenderer(160, 90, 3)) {
            assertArrayEquals(one, r.render(spec).rgb());
        }
    }

    @Test
    void everyFaceOfABoxIsWoundOutwards() {
        MeshBatch b = new MeshBatch();
        b.beginPart();
        Primitives.box(b, Xform.at(1, 2, 3).rotateY(30).scale(2, -1, 3), 0xFFFFFF);
        b.endPart();
        assertEquals(12, b.triangleCount());
        for (int t = 0; t < b.triangleCount(); t++) {
            int i = b.index[3 * t], j = b.index[3 * t + 1], k = b.index[3 * t + 2];
            double ux = b.x[j] - b.x[i], uy = b.y[j] - b.y[i], uz = b.z[j] - b.z[i];
            double vx = b.x[k] - b.x[i], vy = b.y[k] - b.y[i], vz = b.z[k] - b.z[i];
            double cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
            // Outward: the turn's normal points away from the box centre (1, 2, 3).
            double mx = (b.x[i] + b.x[j] + b.x[k]) / 3 - 1;
            double my = (b.y[i] + b.y[j] + b.y[k]) / 3 - 2;
            double mz = (b.z[i] + b.z[j] + b.z[k]) / 3 - 3;
            assertTrue(cx * mx + cy * my + cz * mz > 0, "triangle " + t + " faces inwards");
        }
    }

    @Test
    void aPartsSphereHoldsAllItsVertices() {
        MeshBatch b = new MeshBatch();
        b.beginPart();
        Primitives.ellipsoid(b, Xform.at(5, 0, -2).scale(3, 1, 1), 4, 6, 0x808080);
        b.endPart();
        assertEquals(1, b.parts());
        for (int v = 0; v < b.vertexCount(); v++) {
            double dx = b.x[v] - b.sphere[0], dy = b.y[v] - b.sphere[1], dz = b.z[v] - b.sphere[2];
            assertTrue(Math.sqrt(dx * dx + dy * dy + dz * dz) <= b.sphere[3]);
        }
    }

    @Test
    void geometryOutsideAPartIsRefused() {
        MeshBatch b = new MeshBatch();
        assertThrows(IllegalStateException.class, () -> b.vertex(0, 0, 0, 0, 1, 0, 0));
        b.beginPart();
        int v = b.vertex(0, 0, 0, 0, 1, 0, 0);
        b.endPart();
        b.beginPart();
        assertThrows(IllegalArgumentException.class, () -> b.triangle(v, v, v));
    }
}
