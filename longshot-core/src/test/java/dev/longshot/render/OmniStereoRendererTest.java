package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.creature.Bestiary;
import java.util.List;
import org.junit.jupiter.api.Test;

class OmniStereoRendererTest extends FrameGeneratorContract {
    private static final Terrain GROUND = RenderFixture.FOREST;
    private static final double X = 30;
    private static final double Z = 140;
    private static final int W = 1536;

    @Override
    protected FrameGenerator create(int width, int height, int threads) {
        return new OmniStereoRenderer(width, height, threads);
    }

    /** Square: two 2:1 eyes, one above the other. */
    @Override
    protected int[] size() {
        return new int[] {64, 64};
    }

    @Override
    protected FrameSpec checkedSpec() {
        return RenderFixture.overLake();
    }

    /** A level camera 1.6 m up looking north; an elephant {@code ahead} m away, or none. */
    private static FrameSpec elephant(double ahead) {
        Camera cam = RenderFixture.cameraAt(GROUND, X, Z, 1.6, 0, 0);
        FrameSpec s = RenderFixture.spec(GROUND, cam, RenderFixture.daylight(), 12);
        if (ahead <= 0) return s;
        double z = Z - ahead;
        SubjectPose e = new SubjectPose("elephant#0", Bestiary.bundled().get("elephant"),
                new Vec3(X, GROUND.heightAt(X, z), z), 90, 0, 0, 1);
        return new FrameSpec(s.time(), s.plan(), s.terrain(), s.camera(), s.lighting(), false,
                List.of(e));
    }

    private static int[] render(FrameSpec spec) {
        try (OmniStereoRenderer r = new OmniStereoRenderer(W, W, 2)) {
            return r.render(spec).rgb();
        }
    }

    /**
     * The mean column, in eye {@code e}, of the pixels the elephant changes around the
     * heading (the middle quarter of the eye's width, above the horizon's lower rows).
     */
    private static double column(int[] with, int[] without, int e) {
        int h = W / 2;
        double sum = 0;
        long n = 0;
        for (int y = h / 4; y < h * 3 / 4; y++) {
            for (int x = W * 3 / 8; x < W * 5 / 8; x++) {
                int i = (e * h + y) * W + x;
                if (with[i] != without[i]) {
                    sum += x;
                    n++;
                }
            }
        }
        assertTrue(n > 20, "the elephant is seen by eye " + e + " (" + n + " pixels)");
        return sum / n;
    }

    /** Left-eye column minus right-eye column of an elephant {@code ahead} m away, pixels. */
    private static double disparity(double ahead, int[] empty) {
        int[] with = render(elephant(ahead));
        return column(with, empty, 0) - column(with, empty, 1);
    }

    @Test
    void eyesDifferByTheDisparityOfTheDepth() {
        int[] empty = render(elephant(0));
        double pixelsPerRadian = W / (2 * StrictMath.PI);
        // The elephant's body is about a metre deep: its visible face is nearer than its centre.
        double near = disparity(5, empty);
        double far = disparity(20, empty);
        double expectedNear = OmniStereoRenderer.IPD / 4.5 * pixelsPerRadian;
        double expectedFar = OmniStereoRenderer.IPD / 19.5 * pixelsPerRadian;
        assertEquals(expectedNear, near, expectedNear * 0.3, "near disparity, px");
        assertEquals(expectedFar, far, 0.6, "far disparity, px");
        assertTrue(near > 2.5 * far, "near " + near + " vs far " + far);
    }

    @Test
    void theSkyAndThePolesAreTheSameInBothEyes() {
        int[] px = render(elephant(0));
        int h = W / 2;
        for (int y = 0; y < h / 8; y++) {
            for (int x = 0; x < W; x++) {
                assertEquals(px[y * W + x], px[(h + y) * W + x], "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void rejectsFramesThatAreNotSquare() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new OmniStereoRenderer(512, 256, 1));
        assertTrue(e.getMessage().contains("width = height"), e.getMessage());
    }
}
