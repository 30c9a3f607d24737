package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Subject;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectMeshesTest {
    private static final Terrain GROUND = RenderFixture.FOREST;
    private static final double X = 30, Z = 140;

    /** A camera 2 m up, {@code back} metres south of (X, Z), looking north at it. */
    private static FrameSpec scene(List<SubjectPose> poses, double back) {
        Camera cam = RenderFixture.cameraAt(GROUND, X, Z + back, 1.2, 0, -4);
        FrameSpec s = RenderFixture.spec(GROUND, cam, RenderFixture.daylight(), 12);
        return new FrameSpec(s.time(), s.plan(), s.terrain(), s.camera(), s.lighting(), false,
                poses);
    }

    private static SubjectPose at(Subject type, String id, double dx, double dz, double speed,
                                  double phase) {
        double x = X + dx, z = Z + dz;
        return new SubjectPose(id, type, new Vec3(x, GROUND.heightAt(x, z), z), 90, speed,
                phase, 1);
    }

    private static int[] render(FrameSpec spec, int threads) {
        try (SoftwareRenderer r = new SoftwareRenderer(320, 180, threads)) {
            return r.render(spec).rgb();
        }
    }

    private static int changed(int[] a, int[] b, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) if (a[y * 320 + x] != b[y * 320 + x]) n++;
        }
        return n;
    }

    @Test
    void aDeerInFrontOfTheCameraCoversTheCentre() {
        int[] empty = render(scene(List.of(), 8), 2);
        int[] deer = render(scene(List.of(at(Subject.DEER, "deer#0", 0, 0, 0, 0)), 8), 2);
        int centre = changed(empty, deer, 120, 60, 200, 120);
        assertTrue(centre > 400, "deer covers only " + centre + " px of the centre");
        assertTrue(changed(empty, deer, 0, 0, 60, 180) == 0, "deer drawn off to the side");
    }

    @Test
    void aWalkingDeerMovesItsLegsAndAStandingOneDoesNot() {
        FrameSpec a = scene(List.of(at(Subject.DEER, "deer#0", 0, 0, 1.1, 0.1)), 8);
        FrameSpec b = scene(List.of(at(Subject.DEER, "deer#0", 0, 0, 1.1, 0.35)), 8);
        assertTrue(changed(render(a, 2), render(b, 2), 0, 0, 320, 180) > 30);
        FrameSpec c = scene(List.of(at(Subject.DEER, "deer#0", 0, 0, 0, 0.1)), 8);
        FrameSpec d = scene(List.of(at(Subject.DEER, "deer#0", 0, 0, 0, 0.35)), 8);
        assertArrayEquals(render(c, 2), render(d, 2));
    }

    @Test
    void everyTypeDrawsAFewHundredTrianglesAtMost() {
        MeshBatch batch = new MeshBatch();
        List<SubjectPose> poses = new ArrayList<>();
        for (Subject type : Subject.values()) poses.add(at(type, type.id() + "#0", 0, 0, 1, 0.3));
        SubjectMeshes.build(poses, batch);
        assertTrue(batch.parts() == Subject.values().length);
        for (int p = 0; p < batch.parts(); p++) {
            int tris = batch.partTriangle[p + 1] - batch.partTriangle[p];
            assertTrue(tris >= 20 && tris <= 260, Subject.values()[p] + ": " + tris);
        }
    }

    @Test
    void aCrowdRendersTheSameOnOneAndTwoThreads() {
        List<SubjectPose> crowd = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            crowd.add(at(Subject.CROWD, "crowd#" + k, (k % 8) * 0.9 - 3.5, -(k / 8) * 0.9, 1.0,
                    k * 0.07 % 1));
        }
        FrameSpec spec = scene(crowd, 12);
        int[] one = render(spec, 1);
        assertArrayEquals(one, render(spec, 2));
        assertFalse(Arrays.equals(one, render(scene(List.of(), 12), 1)));
    }
}
