package dev.longshot.world;

import dev.longshot.plan.ScenePlan;
import java.util.List;

/**
 * The default world: one terrain per scene, a day clock, blended weather and a camera rig.
 * A new scene (a change of setting or water) is a cut: new terrain, camera back at the spawn point.
 */
public final class DefaultWorld implements WorldSimulator {
    private static final double WEATHER_EASE_SECONDS = 1.5;

    private final long seed;
    private State state;

    /** @param salt re-sampling salt of the stochastic choices (0: the original draw) */
    private record State(
            int scene, Terrain terrain, CameraRig rig, double hour, Sky.WeatherState weather,
            long salt) implements Snapshot {}

    public DefaultWorld(long seed) {
        this.seed = seed;
    }

    @Override
    public FrameSpec step(ScenePlan plan, Timecode time) {
        double dt = 1.0 / time.fps();
        boolean cut = state == null || state.scene != plan.scene();
        if (cut) {
            Terrain terrain = new Terrain(placeSeed(plan), plan.setting(), plan.water());
            double hour = state == null ? DayClock.hourOf(plan.timeOfDay()) : state.hour;
            Sky.WeatherState weather = state == null
                    ? Sky.WeatherState.of(plan.weather()) : state.weather;
            long salt = state == null ? 0 : state.salt;
            state = new State(plan.scene(), terrain, CameraRig.spawn(terrain), hour, weather,
                    salt);
        } else {
            double k = 1 - StrictMath.exp(-dt / WEATHER_EASE_SECONDS);
            state = new State(state.scene,
                    state.terrain,
                    state.rig.step(plan.camera(), state.terrain, dt),
                    DayClock.advance(state.hour, plan.timeOfDay(), dt),
                    state.weather.towards(Sky.WeatherState.of(plan.weather()), k),
                    state.salt);
        }
        return new FrameSpec(time, plan, state.terrain, state.rig.camera(),
                Sky.lighting(state.hour, state.weather, seed, time.seconds()), cut);
    }

    /** Terrain seed of a place: returning to a setting returns to the same place. */
    private long placeSeed(ScenePlan plan) {
        return ValueNoise.mix(seed * 0x9E3779B97F4A7C15L + plan.setting().ordinal());
    }

    /** Current hour of day (for tests and logs). */
    public double hour() {
        return state == null ? Double.NaN : state.hour;
    }

    /**
     * The camera path is the world's one stochastic choice today (entity spawns join it when
     * subjects land): a new salt nudges the rig's turn rate by up to ±8°/s, which the rig
     * eases back over about a second, so the path bends a few degrees away from the one that
     * failed while speed, position and heading stay continuous.
     */
    @Override
    public void resample(long salt) {
        if (state == null) return;
        CameraRig r = state.rig;
        double nudge = salt == 0 ? 0
                : ((ValueNoise.mix(salt) >>> 11) * 0x1.0p-53 * 2 - 1) * 8;
        CameraRig bent = new CameraRig(r.position(), r.speed(), r.yawDeg(), r.yawRate() + nudge,
                r.pitchDeg(), r.fovDeg(), r.climb());
        state = new State(state.scene, state.terrain, bent, state.hour, state.weather, salt);
    }

    /** The clock and the ground's materials; no subjects or obstacles yet. */
    @Override
    public WorldObservation observe() {
        if (state == null) return WorldObservation.NONE;
        Terrain t = state.terrain;
        double dry = StrictMath.max(0, t.waterLevel() + 2);
        List<MaterialParams> materials = List.of(
                new MaterialParams("ground", t.albedoAt(dry, 0), Double.NaN),
                new MaterialParams("ground-steep", t.albedoAt(dry, 1), Double.NaN));
        return new WorldObservation(state.hour, List.of(), List.of(), materials);
    }

    @Override
    public Snapshot checkpoint() {
        return state;
    }

    @Override
    public void restore(Snapshot snapshot) {
        if (snapshot != null && !(snapshot instanceof State)) {
            throw new IllegalArgumentException("not a snapshot of this world: " + snapshot);
        }
        state = (State) snapshot;
    }
}
