package dev.longshot.world;

import dev.longshot.plan.ScenePlan;
import java.util.List;

/**
 * The default world: one terrain per scene, a day clock, blended weather, a camera rig and
 * the creatures of the plan ({@link Creatures}) walking among the scene's solids.
 * A new scene (a change of setting or water) is a cut: new terrain, camera back at the spawn point.
 */
public final class DefaultWorld implements WorldSimulator {
    private static final double WEATHER_EASE_SECONDS = 1.5;

    private final long seed;
    private State state;

    /** @param salt re-sampling salt of the stochastic choices (0: the original draw) */
    private record State(
            int scene, Terrain terrain, CameraRig rig, double hour, Sky.WeatherState weather,
            long salt, ObstacleField solids, Creatures creatures) implements Snapshot {}

    /** Solids this close to a walker are shown to the validators, metres. */
    private static final double OBSERVED_REACH = 4;

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
            ObstacleField solids = ObstacleField.of(terrain);
            CameraRig rig = CameraRig.spawn(terrain);
            Creatures before = state == null ? Creatures.NONE : state.creatures;
            Surroundings around = new Surroundings(terrain, solids, rig.camera(), seed,
                    plan.scene(), salt);
            state = new State(plan.scene(), terrain, rig, hour, weather, salt, solids,
                    before.relocate(plan.subjects(), around));
        } else {
            CameraRig rig = state.rig.step(plan.camera(), state.terrain, dt);
            Surroundings around = new Surroundings(state.terrain, state.solids, rig.camera(),
                    seed, state.scene, state.salt);
            double k = 1 - StrictMath.exp(-dt / WEATHER_EASE_SECONDS);
            state = new State(state.scene,
                    state.terrain,
                    rig,
                    DayClock.advance(state.hour, plan.timeOfDay(), dt),
                    state.weather.towards(Sky.WeatherState.of(plan.weather()), k),
                    state.salt, state.solids,
                    state.creatures.step(plan.subjects(), around, time.seconds(), dt));
        }
        return new FrameSpec(time, plan, state.terrain, state.rig.camera(),
                Sky.lighting(state.hour, state.weather), cut, state.creatures.poses());
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
     * A new salt re-draws the world's stochastic choices: the creatures' wandering and
     * spawns follow it from now on (their motion stays continuous: they ease towards the new
     * whims), and it nudges the rig's turn rate by up to ±8°/s, which the rig
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
        state = new State(state.scene, state.terrain, bent, state.hour, state.weather, salt,
                state.solids, state.creatures);
    }

    /** The clock, the subjects, the solids near them and the ground's materials. */
    @Override
    public WorldObservation observe() {
        if (state == null) return WorldObservation.NONE;
        Terrain t = state.terrain;
        double dry = StrictMath.max(0, t.waterLevel() + 2);
        List<MaterialParams> materials = List.of(
                new MaterialParams("ground", t.albedoAt(dry, 0), Double.NaN),
                new MaterialParams("ground-steep", t.albedoAt(dry, 1), Double.NaN));
        return new WorldObservation(state.hour, state.creatures.entities(),
                state.creatures.solidsNear(state.solids, OBSERVED_REACH), materials);
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
