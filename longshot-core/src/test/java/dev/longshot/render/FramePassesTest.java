package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The passes a frame keeps: depth, normals and motion agree with the world drawn. */
class FramePassesTest {
    private static final int W = 320;
    private static final int H = 180;
    private static final RenderExtras ALL = new RenderExtras(false, EnumSet.allOf(PassKind.class));
    private static final Terrain BARE = RenderFixture.FOREST.bare();

    private static Frame render(FrameSpec spec) {
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2, ALL)) {
            return r.render(spec);
        }
    }

    /** The world point pixel p shows, from its depth. */
    private static Vec3 pointAt(Frame f, Camera cam, int p) {
        Projection proj = new Projection(cam, W, H);
        Vec3 r = proj.rayBase.plus(proj.rayDx.times(p % W)).plus(proj.rayDy.times(p / W));
        return cam.position().plus(r.times(f.passes().distance(p)));
    }

    @Test
    void passesHaveBeautyFrameSize() {
        Frame f = render(RenderFixture.overLake());
        assertEquals(W * H, f.passes().inverseDepth().length);
        assertEquals(W * H, f.passes().ids().length);
        assertEquals(3 * W * H, SurfaceNormals.of(f.passes(), RenderFixture.overLake().camera(),
                W, H).length);
        try (SoftwareRenderer plain = new SoftwareRenderer(W, H, 1)) {
            assertNull(plain.render(RenderFixture.overLake()).passes(), "off unless asked");
        }
    }

    @Test
    void passesAreTheSameForOneAndThreeThreads() {
        RenderExtras all = new RenderExtras(true, EnumSet.allOf(PassKind.class));
        FramePasses[] p = new FramePasses[2];
        int[] threads = {1, 3};
        for (int i = 0; i < 2; i++) {
            try (SoftwareRenderer r = new SoftwareRenderer(W, H, threads[i], all)) {
                p[i] = r.render(RenderFixture.overStream()).passes();
            }
        }
        assertArrayEquals(p[0].inverseDepth(),
                p[1].inverseDepth());
        assertArrayEquals(p[0].ids(), p[1].ids());
        assertEquals(p[0].markers(), p[1].markers());
    }

    @Test
    void depthIncreasesWithDistance() {
        // A level camera over bare ground: each column's rays climb in one vertical plane, so
        // up the column the ground they meet can only be as far or farther.
        Camera cam = RenderFixture.cameraAt(BARE, 400, -100, 30, 270, 0);
        FrameSpec spec = RenderFixture.spec(BARE, cam, RenderFixture.daylight(), 3);
        Frame f = render(spec);
        int ground = 0;
        for (int x = 0; x < W; x += 7) {
            double nearer = 0;
            for (int y = H - 1; y >= 0; y--) {
                int p = y * W + x;
                double d = f.passes().distance(p);
                assertTrue(d >= nearer * (1 - 1e-4), "column " + x + " row " + y + ": " + d
                        + " m above " + nearer + " m");
                nearer = d;
                if (Double.isFinite(d)) ground++;
            }
        }
        assertTrue(ground > 500, "ground pixels checked: " + ground);
        // ... and the distance is metres: the point it names lies on the drawn ground or water.
        for (int p = W * H / 2; p < W * H; p += 97) {
            if (f.passes().inverseDepth()[p] == 0) continue;
            Vec3 q = pointAt(f, cam, p);
            double surface = Math.max(TerrainMesh.surfaceHeight(BARE, q.x(), q.z()),
                    BARE.waterLevel());
            assertEquals(surface, q.y(), 0.05 + 0.002 * f.passes().distance(p), "pixel " + p);
        }
    }

    @Test
    void normalsOfFlatWaterPointUpAndGroundNormalsAreItsTriangles() {
        // Close over the stream, looking down on it.
        Camera cam = RenderFixture.cameraAt(RenderFixture.FOREST, 0, 60, 6, 0, -20);
        FrameSpec spec = RenderFixture.spec(RenderFixture.FOREST, cam, RenderFixture.daylight(),
                12);
        Frame f = render(spec);
        float[] n = SurfaceNormals.of(f.passes(), spec.camera(), W, H);
        EntityIds ids = EntityIds.bundled();
        int water = ids.of(spec.terrain().water().id());
        int ground = ids.of(spec.terrain().setting().id());
        int flat = 0, sloped = 0, agree = 0;
        for (int p = 0; p < W * H; p++) {
            int id = f.passes().ids()[p];
            if (id == water && inside(f.passes().ids(), p, water)) {
                assertEquals(1.0, n[3 * p + 1], 1e-3, "water at pixel " + p);
                flat++;
            } else if (id == ground) {
                Vec3 q = pointAt(f, spec.camera(), p);
                Vec3 face = faceAt(spec.terrain(), q.x(), q.z());
                double cos = face.dot(new Vec3(n[3 * p], n[3 * p + 1], n[3 * p + 2]));
                sloped++;
                if (cos > Math.cos(Math.toRadians(5))) agree++;
            }
        }
        assertTrue(flat > 500, "water pixels " + flat);
        assertTrue(agree > 0.9 * sloped, agree + " of " + sloped + " ground pixels within 5°");
    }

    /**
     * Whether the pixels two either side of p, across and down, show {@code id} too: slivers
     * of a surface one pixel thin borrow their neighbour's slope.
     */
    private static boolean inside(short[] ids, int p, int id) {
        int x = p % W, y = p / W;
        if (x < 2 || y < 2 || x >= W - 2 || y >= H - 2) return false;
        for (int k = -2; k <= 2; k++) {
            if (ids[p + k] != id || ids[p + k * W] != id) return false;
        }
        return true;
    }

    /** The normal of the drawn ground's triangle at (x, z), from its heights nearby. */
    private static Vec3 faceAt(Terrain t, double x, double z) {
        double e = 0.05;
        double h = TerrainMesh.surfaceHeight(t, x, z);
        double gx = (TerrainMesh.surfaceHeight(t, x + e, z) - h) / e;
        double gz = (TerrainMesh.surfaceHeight(t, x, z + e) - h) / e;
        return new Vec3(-gx, 1, -gz).normalized();
    }

    @Test
    void motionVectorsOfStaticSceneMatchCameraMotion() {
        Terrain place = RenderFixture.FOREST;
        Camera before = RenderFixture.cameraAt(place, 0, 140, 8, 0, -6);
        Camera now = new Camera(before.position().plus(new Vec3(0.6, 0.1, -0.8)),
                before.yawDeg() + 1.5, before.pitchDeg() - 0.5, 55);
        Frame a = render(RenderFixture.spec(place, before, RenderFixture.daylight(), 12));
        Frame b = render(RenderFixture.spec(place, now, RenderFixture.daylight(), 13));
        float[] m = MotionVectors.of(b.passes(), now, before, W, H);
        int checked = 0, matched = 0;
        double moved = 0;
        for (int p = 0; p < W * H; p += 13) {
            if (b.passes().inverseDepth()[p] == 0 || Float.isNaN(m[2 * p])) continue;
            // Where the motion says the point was, the earlier frame's depth names the same point.
            int x = (int) Math.floor(p % W + 0.5 - m[2 * p]);
            int y = (int) Math.floor(p / W + 0.5 - m[2 * p + 1]);
            if (x < 0 || y < 0 || x >= W || y >= H) continue;
            int q = y * W + x;
            if (a.passes().inverseDepth()[q] == 0) continue;
            // ... so that point, seen by the later camera, lands back on p (within the pixel
            // rounding; occlusion edges may not).
            double[] s = ScreenPoint.of(now, W, H, pointAt(a, before, q));
            checked++;
            moved += Math.hypot(m[2 * p], m[2 * p + 1]);
            if (s != null && Math.hypot(s[0] - (p % W + 0.5), s[1] - (p / W + 0.5)) < 1.5) {
                matched++;
            }
        }
        assertTrue(checked > 1500, "pixels checked " + checked);
        assertTrue(moved / checked > 3, "mean motion " + moved / checked + " px: the test moves");
        assertTrue(matched > 0.9 * checked, matched + " of " + checked + " reproject");
    }

    @Test
    void markersAreDrawnWhereTheirListSaysAndOnlyWhenAsked() {
        FrameSpec spec = RenderFixture.overStream();
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2,
                new RenderExtras(true, EnumSet.of(PassKind.IDS)))) {
            Frame f = r.render(spec);
            assertNotNull(f.passes());
            assertTrue(f.passes().markers().size() > 5, "markers " + f.passes().markers());
            int marker = EntityIds.bundled().of(EntityIds.MARKER);
            int shown = 0;
            for (short id : f.passes().ids()) if (id == marker) shown++;
            assertTrue(shown > 0, "marker pixels");
        }
    }
}
