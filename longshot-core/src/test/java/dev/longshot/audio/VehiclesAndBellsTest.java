package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.ThingRef;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Vehicles are heard with their Doppler shift; a bell tolls where a line names it. */
class VehiclesAndBellsTest {
    private static final int RATE = 48_000;
    private static final int FPS = 12;

    private static ScenePlan plan(int t, String text, List<String> things) {
        ScenePlan base = new ScenePlan(t, text, Setting.CITY, Water.NONE, TimeOfDay.NOON,
                Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0);
        PlanKeys k = base.keys();
        PlanKeys keys = new PlanKeys(k.setting(), k.style(), k.water(), k.timeOfDay(),
                k.weather(), k.sky(), k.subjects(),
                things.stream().map(id -> new ThingRef(id, id)).toList(), k.camera(),
                k.transition(), k.approximated(), k.notShown());
        return new ScenePlan(t, text, base.setting(), base.water(), base.timeOfDay(),
                base.weather(), base.subjects(), base.camera(), base.unrecognized(),
                base.scene(), base.transition(), base.named(), keys);
    }

    private static List<ScenePlan> seconds(int n, String text, List<String> things) {
        List<ScenePlan> out = new ArrayList<>();
        for (int t = 0; t < n; t++) out.add(plan(t, text, things));
        return out;
    }

    @Test
    void aPassingCarIsHigherComingThanGoing() {
        List<List<FrameSpec>> frames = WorldFrames.of(seconds(1, "cars", List.of("car")), 5, FPS);
        FrameSpec spec = frames.get(0).get(0);
        Terrain ground = spec.terrain();
        Prop car = ground.scenery().props().stream()
                .filter(p -> p.thing().equals("car")).findFirst().orElseThrow();
        // A listener at the roadside where the car passes at t = 30 s.
        Pose ear = new Pose(Engines.position(car, ground, 30).plus(new dev.longshot.world.Vec3(
                6, 0, 0)), 0);
        double coming = pitch(car, ground, ear, 28), going = pitch(car, ground, ear, 32);
        // 9 m/s: about ±2.6 % as it comes and goes (dτ/dt = 1 / (1 ∓ v/c)).
        assertTrue(coming > 1.015, "coming " + coming);
        assertTrue(going < 0.985, "going " + going);
    }

    /** dτ/dt: the heard pitch over the sent one. */
    private static double pitch(Prop p, Terrain ground, Pose ear, double t) {
        double h = 0.01;
        return (Engines.emission(p, ground, ear, t + h) - Engines.emission(p, ground, ear, t - h))
                / (2 * h);
    }

    @Test
    void aCityWithCarsIsHeardInTheEnginesLayer() {
        List<ScenePlan> plans = seconds(2, "cars", List.of("car"));
        List<List<FrameSpec>> frames = WorldFrames.of(plans, 5, FPS);
        Map<String, Double> power = stems(plans, frames);
        assertTrue(power.get("engines") > 1e-7, "engines " + power);
        List<ScenePlan> none = seconds(2, "a street", List.of());
        assertTrue(stems(none, WorldFrames.of(none, 5, FPS)).get("engines") == 0,
                "no vehicles, no engines");
    }

    @Test
    void aLineNamingBellsTollsAndTheLogHearsIt() {
        List<ScenePlan> plans = seconds(4, "远处传来钟声", List.of());
        List<List<FrameSpec>> frames = WorldFrames.of(plans, 5, FPS);
        WorldSound sound = new WorldSound(5, RATE, -16);
        Map<String, Double> power = new HashMap<>();
        sound.withStems((t, layer, l, r) -> power.merge(layer, energy(l), Double::sum));
        List<String> heard = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            sound.second(plans.get(t), frames.get(t));
            sound.heard(t).forEach(h -> heard.add(h.sound()));
        }
        assertTrue(heard.contains("bell"), "heard " + heard);
        assertTrue(power.get("bells") > 1e-6, "bells " + power);
        WorldSound quiet = new WorldSound(5, RATE, -16);
        List<ScenePlan> plain = seconds(4, "a street", List.of());
        for (int t = 0; t < 4; t++) {
            quiet.second(plain.get(t), frames.get(t));
            assertFalse(quiet.heard(t).stream().anyMatch(h -> h.sound().equals("bell")));
        }
    }

    private static Map<String, Double> stems(List<ScenePlan> plans, List<List<FrameSpec>> frames) {
        WorldSound sound = new WorldSound(5, RATE, -16);
        Map<String, Double> power = new HashMap<>();
        sound.withStems((t, layer, l, r) -> power.merge(layer, energy(l) + energy(r),
                Double::sum));
        for (int t = 0; t < plans.size(); t++) sound.second(plans.get(t), frames.get(t));
        return power;
    }

    private static double energy(float[] x) {
        double e = 0;
        for (float v : x) e += v * v;
        return e / x.length;
    }
}
