package dev.longshot.world;

import dev.longshot.plan.ScenePlan;

/**
 * The default world: one terrain per scene, a day clock, blended weather and a camera rig.
 * A new scene (a change of setting or water) is a cut: new terrain, camera back at the spawn point.
 */
public final class DefaultWorld implements WorldSimulator {
    private static final double WEATHER_EASE_SECONDS = 1.5;

    private final long seed;
    private State state;

    private record State(
            int scene, Terrain terrain, CameraRig rig, double hour, Sky.WeatherState weather)
            implements Snapshot {}

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
            state = new State(plan.scene(), terrain, CameraRig.spawn(terrain), hour, weather);
        } else {
            double k = 1 - StrictMath.exp(-dt / WEATHER_EASE_SECONDS);
            state = new State(state.scene,
                    state.terrain,
                    state.rig.step(plan.camera(), state.terrain, dt),
                    DayClock.advance(state.hour, plan.timeOfDay(), dt),
                    state.weather.towards(Sky.WeatherState.of(plan.weather()), k));
        }
        return new FrameSpec(time, plan, state.terrain, state.rig.camera(),
                Sky.lighting(state.hour, state.weather), cut);
    }

    /** Terrain seed of a place: returning to a setting returns to the same place. */
    private long placeSeed(ScenePlan plan) {
        return ValueNoise.mix(seed * 0x9E3779B97F4A7C15L + plan.setting().ordinal());
    }

    /** Current hour of day (for tests and logs). */
    public double hour() {
        return state == null ? Double.NaN : state.hour;
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
