package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.Vec3;
import org.junit.jupiter.api.Test;

class SpatialTest {
    private static final int RATE = 48_000;

    private static float[] click() {
        float[] s = new float[4800];
        for (int i = 0; i < 200; i++) s[i] = (float) Noise.white(7, i);
        return s;
    }

    private static double energy(float[] x) {
        double e = 0;
        for (float v : x) e += v * v;
        return e;
    }

    private static int firstAbove(float[] x, double level) {
        for (int i = 0; i < x.length; i++) if (Math.abs(x[i]) > level) return i;
        return -1;
    }

    @Test
    void aSourceOnTheCameraLeftIsLouderAndEarlierInTheLeftChannel() {
        for (double yaw : new double[] {0, 90, 217}) {
            Pose camera = new Pose(new Vec3(3, 1.6, -8), yaw);
            Bus bus = new Bus(RATE);
            Spatial.place(bus, click(), 100, camera.ahead(-90, 10), camera, 1, RATE);
            assertTrue(energy(bus.left) > 4 * energy(bus.right), "yaw " + yaw);
            assertTrue(firstAbove(bus.left, 1e-4) < firstAbove(bus.right, 1e-4), "yaw " + yaw);
        }
    }

    @Test
    void aSourceAheadIsCentredAndOneBehindTheRightIsInTheRight() {
        Pose camera = new Pose(Vec3.ZERO, 30);
        Bus ahead = new Bus(RATE);
        Spatial.place(ahead, click(), 0, camera.ahead(0, 20), camera, 1, RATE);
        assertEquals(energy(ahead.left), energy(ahead.right), 1e-6 * energy(ahead.left));
        Bus right = new Bus(RATE);
        Spatial.place(right, click(), 0, camera.ahead(120, 20), camera, 1, RATE);
        assertTrue(energy(right.right) > 2 * energy(right.left));
    }

    @Test
    void fartherSourcesAreQuieter() {
        Pose camera = new Pose(Vec3.ZERO, 0);
        Bus near = new Bus(RATE), far = new Bus(RATE);
        Spatial.place(near, click(), 0, camera.ahead(0, 8), camera, 1, RATE);
        Spatial.place(far, click(), 0, camera.ahead(0, 80), camera, 1, RATE);
        assertEquals(100, energy(near.left) / energy(far.left), 1);
    }
}
