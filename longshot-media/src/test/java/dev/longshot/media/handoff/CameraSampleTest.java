package dev.longshot.media.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.ScreenPoint;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.camera.Focus;
import dev.longshot.world.camera.Sensor;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exported camera, read as any 3D package would, lands points where the renderer does. */
class CameraSampleTest {
    @Test
    void exportedCameraReprojectsWorldPointsOntoTheRenderedPixelsWithRoll() {
        SplittableRandom r = new SplittableRandom(7);
        int checked = 0;
        double worst = 0;
        for (int i = 0; i < 200; i++) {
            Camera cam = new Camera(new Vec3(r.nextDouble(-50, 50), r.nextDouble(1, 40),
                    r.nextDouble(-50, 50)), r.nextDouble(-180, 180), r.nextDouble(-60, 60),
                    Sensor.SUPER35.focalForVerticalFov(r.nextDouble(20, 90)), Sensor.SUPER35,
                    r.nextDouble(-30, 30), Focus.DEEP);
            CameraSample exported = PrevisHandoff.sample(i, cam);
            Vec3 ahead = cam.position().plus(cam.forward().times(r.nextDouble(5, 300)));
            Vec3 p = ahead.plus(new Vec3(r.nextDouble(-20, 20), r.nextDouble(-20, 20),
                    r.nextDouble(-20, 20)));
            double[] rendered = ScreenPoint.of(cam, 1280, 720, p);
            double[] imported = exported.project(p.x(), p.y(), p.z(), 1280, 720);
            if (rendered == null || rendered[0] < 0 || rendered[0] > 1280 || rendered[1] < 0
                    || rendered[1] > 720) {
                continue;
            }
            assertNotNull(imported, "in front of the renderer's camera, so in front of ours");
            worst = Math.max(worst, Math.hypot(rendered[0] - imported[0], rendered[1] - imported[1]));
            checked++;
        }
        assertTrue(checked > 60, "points on screen: " + checked);
        assertTrue(worst <= 0.5, "worst reprojection error " + worst + " px");
    }

    @Test
    void fieldOfViewFollowsTheFocalLengthOnTheSensor() {
        CameraSample c = new CameraSample(0, 0, 0, 0, 0, 0, 0, 35, 24.89, 14.0, Double.NaN);
        assertEquals(2 * Math.toDegrees(Math.atan(7.0 / 35)), c.verticalFovDeg(), 1e-9);
        assertEquals(2 * Math.toDegrees(Math.atan(24.89 / 70)), c.horizontalFovDeg(), 1e-9);
    }

    @Test
    void smpteTimecodeCountsFramesWithinTheSecond() {
        assertEquals("00:00:00:00", Smpte.of(0, 24));
        assertEquals("00:01:02:05", Smpte.of(62 * 24 + 5, 24));
        assertEquals("01:00:00:89", Smpte.of(3600L * 90 + 89, 90));
    }
}
