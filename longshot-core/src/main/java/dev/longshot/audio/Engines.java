package dev.longshot.audio;

import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.VehicleMotion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The engines of the vehicles in the scenery, each heard where it drives, sails or flies
 * ({@link VehicleMotion}, the pose the renderer draws), with the Doppler shift of its motion:
 * what reaches the camera at time t left the vehicle at the emission time τ with
 * t = τ + |p(τ) − camera| / 343 m/s, so the engine's phase is a function of τ and its pitch
 * rises as it comes and falls as it goes. Closed-form in τ (no state from second to second).
 */
final class Engines implements Layer {
    /** Vehicles heard at once: the nearest. */
    static final int MAX_HEARD = 6;
    /** Farther than this an engine is not heard. */
    static final double MAX_METRES = 500;
    /** Samples between two evaluations of the motion (τ is linear between them). */
    private static final int STEP = 96;
    private static final int WARM = 1024;

    @Override
    public String name() {
        return "engines";
    }

    @Override
    public boolean ambience() {
        return false;
    }

    @Override
    public void render(SecondView v, Bus out) {
        for (Prop p : heard(v)) {
            float[] s = signal(v, p);
            placeInChunks(v, p, s, (chunk, offset, at, pose) ->
                    Spatial.place(out, chunk, offset, at, pose, 1, v.rate));
        }
    }

    @Override
    public void renderAmbisonic(SecondView v, Bus stereo, Bus ambi) {
        for (Prop p : heard(v)) {
            float[] s = signal(v, p);
            placeInChunks(v, p, s, (chunk, offset, at, pose) ->
                    Ambisonics.place(ambi, chunk, offset, at, pose, 1));
        }
    }

    /** The vehicles with an engine nearest the camera at the second's middle. */
    static List<Prop> heard(SecondView v) {
        Terrain t = v.terrain();
        Pose ear = v.middlePose();
        double mid = v.second + 0.5;
        List<Prop> out = new ArrayList<>();
        for (Prop p : t.scenery().props()) {
            if (p.kind() != PropKind.VEHICLE || Engine.of(p.thing()) == null) continue;
            if (ear.distance(position(p, t, mid)) <= MAX_METRES) out.add(p);
        }
        out.sort(Comparator.comparingDouble((Prop p) -> ear.distance(position(p, t, mid)))
                .thenComparingInt(Prop::id));
        return out.size() > MAX_HEARD ? out.subList(0, MAX_HEARD) : out;
    }

    static Vec3 position(Prop p, Terrain t, double seconds) {
        VehicleMotion.Pose at = VehicleMotion.at(p, t, seconds);
        double lift = p.thing().equals("plane") || p.thing().equals("helicopter") ? 0 : 1;
        return new Vec3(at.x(), at.y() + lift, at.z());
    }

    /** Emission time of what the camera {@code ear} hears at {@code t}: two fixed-point steps. */
    static double emission(Prop p, Terrain ground, Pose ear, double t) {
        double tau = t - ear.distance(position(p, ground, t)) / EventFinder.SPEED_OF_SOUND;
        return t - ear.distance(position(p, ground, tau)) / EventFinder.SPEED_OF_SOUND;
    }

    /** The engine as heard (Doppler-shifted, not yet placed or attenuated), mono. */
    private static float[] signal(SecondView v, Prop p) {
        Engine e = Engine.of(p.thing());
        Terrain ground = v.terrain();
        int n = v.rate;
        int total = n + WARM;
        int points = total / STEP + 2;
        double[] tau = new double[points];
        for (int k = 0; k < points; k++) {
            int i = k * STEP - WARM;
            double t = (v.firstSample() + i) / (double) v.rate;
            tau[k] = emission(p, ground, v.poses[v.frameAt(StrictMath.max(0,
                    StrictMath.min(n - 1, i)))], t);
        }
        long key = Noise.key(v.seed, 0xE6000L + p.id());
        double wobble = 0.97 + 0.06 * Noise.unit(key);
        Biquad band = Biquad.bandPass(e.noiseHz(), 0.8, v.rate);
        float[] out = new float[n];
        for (int j = 0; j < total; j++) {
            int k = j / STEP;
            double at = tau[k] + (tau[k + 1] - tau[k]) * (j - k * STEP) / STEP;
            double noise = band.next(Noise.white(key, (long) StrictMath.floor(at * v.rate)));
            if (j < WARM) continue;
            double tone = 0;
            double f0 = e.fundamentalHz() * wobble;
            for (int h = 1; h <= e.harmonics(); h++) tone += Sine.of(h * f0 * at + 0.13 * h) / h;
            // A little roughness: the firing strength wanders slowly.
            double rough = 0.8 + 0.2 * Noise.slow(key + 1, at, 0.07);
            out[j - WARM] = (float) (e.level() * ((1 - e.noiseShare()) * 0.25 * tone * rough
                    + e.noiseShare() * 2.5 * noise));
        }
        return out;
    }

    /** Where a chunk of samples goes: a bus, placed by one of the spatial encoders. */
    private interface Placement {
        void place(float[] chunk, int offset, Vec3 at, Pose listener);
    }

    /** Places the signal 10 ms at a time where the vehicle was when it sent that chunk. */
    private static void placeInChunks(SecondView v, Prop p, float[] s, Placement to) {
        int chunk = v.rate / 100;
        Terrain ground = v.terrain();
        for (int a = 0; a < s.length; a += chunk) {
            int len = StrictMath.min(chunk, s.length - a);
            float[] part = new float[len];
            System.arraycopy(s, a, part, 0, len);
            Pose ear = v.poses[v.frameAt(a + len / 2)];
            double t = (v.firstSample() + a + len / 2.0) / v.rate;
            Vec3 at = position(p, ground, emission(p, ground, ear, t));
            to.place(part, a, at, ear);
        }
    }
}
