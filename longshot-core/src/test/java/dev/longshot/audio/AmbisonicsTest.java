package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.Vec3;
import org.junit.jupiter.api.Test;

class AmbisonicsTest {
    private static final int RATE = 48_000;

    private static float[] click() {
        float[] s = new float[4800];
        for (int i = 0; i < 400; i++) s[i] = (float) Noise.white(11, i);
        return s;
    }

    private static double energy(float[] x) {
        double e = 0;
        for (float v : x) e += v * v;
        return e;
    }

    private static Bus heard(Vec3 source, Pose camera) {
        Bus b = new Bus(RATE, Ambisonics.CHANNELS);
        Ambisonics.place(b, click(), 10, source, camera, 1);
        return b;
    }

    @Test
    void turningTheCamera90DegreesMovesASourceFromTheYToTheXChannel() {
        Vec3 source = new Vec3(-30, 1.6, 5); // west of the camera
        Bus north = heard(source, new Pose(new Vec3(0, 1.6, 5), 0)); // looks north: on its left
        double w = energy(north.channels[Ambisonics.W]);
        assertEquals(w, energy(north.channels[Ambisonics.Y]), 1e-6 * w, "all in Y when left");
        assertTrue(energy(north.channels[Ambisonics.X]) < 1e-9 * w);
        Bus west = heard(source, new Pose(new Vec3(0, 1.6, 5), -90)); // turned to face it
        assertEquals(w, energy(west.channels[Ambisonics.X]), 1e-6 * w, "all in X when ahead");
        assertTrue(energy(west.channels[Ambisonics.Y]) < 1e-9 * w);
        assertEquals(w, energy(west.channels[Ambisonics.W]), 1e-6 * w, "W does not turn");
    }

    @Test
    void aSourceOnTheRightIsNegativeYAndOneOverheadIsZ() {
        Pose camera = new Pose(Vec3.ZERO, 40);
        Bus right = heard(camera.ahead(90, 20), camera);
        float[] w = right.channels[Ambisonics.W], y = right.channels[Ambisonics.Y];
        for (int i = 0; i < w.length; i++) assertEquals(-w[i], y[i], 1e-6);
        Bus up = heard(new Vec3(0, 25, 0), camera);
        double e = energy(up.channels[Ambisonics.W]);
        assertEquals(e, energy(up.channels[Ambisonics.Z]), 1e-6 * e);
        assertTrue(energy(up.channels[Ambisonics.X]) + energy(up.channels[Ambisonics.Y])
                < 1e-9 * e);
    }

    @Test
    void distanceLossIsTheSameAsInStereo() {
        Pose camera = new Pose(Vec3.ZERO, 0);
        Bus near = heard(camera.ahead(30, 8), camera), far = heard(camera.ahead(30, 80), camera);
        assertEquals(100, energy(near.channels[Ambisonics.W])
                / energy(far.channels[Ambisonics.W]), 1);
    }

    @Test
    void aStereoBedKeepsItsSidesInY() {
        Bus stereo = new Bus(RATE);
        float[] c = click();
        System.arraycopy(c, 0, stereo.left, 0, c.length);
        Bus ambi = new Bus(RATE, Ambisonics.CHANNELS);
        Ambisonics.addBed(ambi, stereo);
        assertTrue(energy(ambi.channels[Ambisonics.Y]) > 0.49 * energy(c), "left is +Y");
        assertTrue(energy(ambi.channels[Ambisonics.X]) < 1e-6 * energy(c), "no front bias");
    }
}
