package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import org.junit.jupiter.api.Test;

class CameraLensTest {
    @Test
    void fiftyMillimetresOnSuper35GivesTheRightFieldOfView() {
        Camera cam = new Camera(Vec3.ZERO, 0, 0, 50, Sensor.SUPER35);
        double expected = Math.toDegrees(2 * Math.atan(14.0 / (2 * 50)));
        assertEquals(expected, cam.verticalFovDeg(), 1e-9);
        assertEquals(15.94, cam.verticalFovDeg(), 0.01);
        double wide = Math.toDegrees(2 * Math.atan(24.89 / (2 * 50)));
        assertEquals(wide, Sensor.SUPER35.horizontalFovDeg(50), 1e-9);
        assertEquals(24.89, Sensor.SUPER35_FULL.widthMm());
        assertEquals(18.66, Sensor.SUPER35_FULL.heightMm());
    }

    @Test
    void fieldOfViewConstructorPicksTheMatchingLens() {
        Camera cam = new Camera(Vec3.ZERO, 0, 0, 40);
        assertEquals(40, cam.verticalFovDeg(), 1e-9);
        assertEquals(Sensor.SUPER35, cam.sensor());
        assertEquals(7 / Math.tan(Math.toRadians(20)), cam.focalLengthMm(), 1e-9);
    }

    @Test
    void rejectsLensesWithoutAUsableFieldOfView() {
        assertThrows(IllegalArgumentException.class,
                () -> new Camera(Vec3.ZERO, 0, 0, 0, Sensor.SUPER35));
        assertThrows(IllegalArgumentException.class,
                () -> new Camera(Vec3.ZERO, 0, 0, 5000, Sensor.SUPER35));
        assertThrows(IllegalArgumentException.class, () -> new Camera(Vec3.ZERO, 0, 0, 180));
    }

    @Test
    void zoomSettlesOnALongLensAndPovOnAWideOne() {
        Terrain terrain = new Terrain(3, Setting.GRASSLAND, Water.NONE);
        double still = settle(terrain, CameraMove.STATIC);
        double zoom = settle(terrain, CameraMove.ZOOM);
        double pov = settle(terrain, CameraMove.POV);
        assertEquals(35, zoom, 0.5);
        assertEquals(12, pov, 0.5);
        assertTrue(pov < still && still < zoom, pov + " < " + still + " < " + zoom);
    }

    private static double settle(Terrain terrain, CameraMove move) {
        CameraRig rig = CameraRig.spawn(terrain);
        for (int f = 0; f < 24 * 8; f++) rig = rig.step(move, terrain, 1.0 / 24);
        return rig.camera().focalLengthMm();
    }
}
