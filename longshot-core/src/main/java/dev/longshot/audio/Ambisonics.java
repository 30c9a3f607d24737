package dev.longshot.audio;

import dev.longshot.world.Vec3;

/**
 * First-order AmbiX (ACN channel order W, Y, Z, X; SN3D normalisation), the format of 360°
 * video's spatial audio: a source at azimuth φ (counter-clockwise from the camera's heading,
 * so left is +90°) and elevation θ adds s to W, s·sin φ·cos θ to Y, s·sin θ to Z and
 * s·cos φ·cos θ to X. A 360° player turns the field with the viewer's head, so the field is
 * made relative to the camera's heading — the centre of the equirectangular picture.
 */
final class Ambisonics {
    static final int CHANNELS = 4;
    static final int W = 0, Y = 1, Z = 2, X = 3;
    /** Azimuth of the stereo beds' two sides, degrees either side of the heading. */
    private static final double BED_DEGREES = 90;

    private Ambisonics() {}

    /** The four SN3D gains of a source at {@code source} as heard from {@code listener}. */
    static double[] gains(Vec3 source, Pose listener) {
        Vec3 d = source.minus(listener.position());
        double ahead = d.x() * listener.forward().x() + d.z() * listener.forward().z();
        double left = -(d.x() * listener.right().x() + d.z() * listener.right().z());
        double h = StrictMath.hypot(ahead, left);
        double r = StrictMath.hypot(h, d.y());
        if (r < 1e-9) return new double[] {1, 0, 0, 0};
        return new double[] {1, left / r, d.y() / r, ahead / r};
    }

    /**
     * Adds {@code mono} (sample 0 at bus sample {@code offset}) at {@code source}, with the
     * same distance loss as stereo ({@link Spatial#distanceGain}).
     */
    static void place(Bus bus, float[] mono, int offset, Vec3 source, Pose listener,
            double gain) {
        double g = gain * Spatial.distanceGain(listener.distance(source));
        double[] k = gains(source, listener);
        for (int c = 0; c < CHANNELS; c++) {
            if (k[c] != 0) add(bus.channels[c], mono, offset, g * k[c]);
        }
    }

    /**
     * Adds a stereo bed (ambience made for the camera's left and right) as two sources at
     * ±{@value #BED_DEGREES}° on the horizon, each at −3 dB so the bed keeps its power.
     */
    static void addBed(Bus ambi, Bus stereo) {
        double side = StrictMath.sin(StrictMath.toRadians(BED_DEGREES)) * StrictMath.sqrt(0.5);
        double front = StrictMath.cos(StrictMath.toRadians(BED_DEGREES)) * StrictMath.sqrt(0.5);
        double w = StrictMath.sqrt(0.5);
        float[] l = stereo.left, r = stereo.right;
        for (int i = 0; i < l.length; i++) {
            ambi.channels[W][i] += (float) (w * (l[i] + r[i]));
            ambi.channels[Y][i] += (float) (side * (l[i] - r[i]));
            ambi.channels[X][i] += (float) (front * (l[i] + r[i]));
        }
    }

    private static void add(float[] out, float[] s, int offset, double gain) {
        int from = StrictMath.max(0, -offset);
        int to = StrictMath.min(s.length, out.length - offset);
        float g = (float) gain;
        for (int i = from; i < to; i++) out[i + offset] += s[i] * g;
    }
}
