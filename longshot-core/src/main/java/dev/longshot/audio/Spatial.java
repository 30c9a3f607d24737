package dev.longshot.audio;

import dev.longshot.world.Vec3;

/**
 * Places a mono source in the stereo field relative to the listener: interaural level
 * difference (a constant-power pan law that never fully mutes the far ear) and interaural time
 * difference (up to 0.66 ms, the far ear hears it later), and 1/r distance loss beyond
 * {@link #REFERENCE_METRES}.
 */
final class Spatial {
    static final double REFERENCE_METRES = 4;
    private static final double MAX_ITD_SECONDS = 0.00066;

    private Spatial() {}

    /** Distance loss: 1 inside the reference distance, then 1/r. */
    static double distanceGain(double metres) {
        return REFERENCE_METRES / StrictMath.max(REFERENCE_METRES, metres);
    }

    /**
     * Adds {@code mono} (whose sample 0 falls at bus sample {@code offset}, which may be
     * negative or past the end) at {@code source} as heard from {@code listener}.
     */
    static void place(Bus bus, float[] mono, int offset, Vec3 source, Pose listener,
            double gain, int rate) {
        double pan = listener.pan(source);
        double g = gain * distanceGain(listener.distance(source));
        double theta = (0.85 * pan + 1) * StrictMath.PI / 4;
        double gl = g * StrictMath.cos(theta) * StrictMath.sqrt(2);
        double gr = g * StrictMath.sin(theta) * StrictMath.sqrt(2);
        int itd = (int) StrictMath.round(StrictMath.abs(pan) * MAX_ITD_SECONDS * rate);
        int dl = pan > 0 ? itd : 0;
        int dr = pan < 0 ? itd : 0;
        add(bus.left, mono, offset + dl, gl);
        add(bus.right, mono, offset + dr, gr);
    }

    private static void add(float[] out, float[] s, int offset, double gain) {
        int from = StrictMath.max(0, -offset);
        int to = StrictMath.min(s.length, out.length - offset);
        float g = (float) gain;
        for (int i = from; i < to; i++) out[i + offset] += s[i] * g;
    }
}
