package dev.longshot.world.creature;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.validate.EntityMotion;
import dev.longshot.validate.Gravity;
import dev.longshot.validate.Interpenetration;
import dev.longshot.validate.Observation;
import dev.longshot.validate.Strictness;
import dev.longshot.validate.Validator;
import dev.longshot.validate.Violation;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import dev.longshot.world.WorldObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/** A world run frame by frame under a plan per second, with what it showed the validators. */
final class CreatureRun {
    final List<FrameSpec> specs = new ArrayList<>();
    final List<WorldObservation> seen = new ArrayList<>();
    final DefaultWorld world;

    private CreatureRun(DefaultWorld world) {
        this.world = world;
    }

    static ScenePlan plan(int t, Setting setting, Water water, Set<Subject> subjects,
                          CameraMove camera) {
        return new ScenePlan(t, "", setting, water, TimeOfDay.MORNING, Weather.CLEAR, subjects,
                camera, List.of(), 0);
    }

    /** {@code seconds} at {@code fps} of a fresh world of {@code seed}. */
    static CreatureRun of(long seed, int seconds, int fps, IntFunction<ScenePlan> planAt) {
        CreatureRun r = new CreatureRun(new DefaultWorld(seed));
        r.more(0, seconds * fps, fps, planAt);
        return r;
    }

    void more(long from, long frames, int fps, IntFunction<ScenePlan> planAt) {
        for (long f = from; f < from + frames; f++) {
            Timecode tc = new Timecode(f, fps);
            specs.add(world.step(planAt.apply(tc.second()), tc));
            seen.add(world.observe());
        }
    }

    /** Every violation of the motion, gravity and solid rules at default strictness. */
    List<Violation> violations() {
        List<Validator> rules = List.of(new EntityMotion(Strictness.DEFAULT),
                new Gravity(Strictness.DEFAULT), new Interpenetration(Strictness.DEFAULT));
        List<Violation> found = new ArrayList<>();
        Observation previous = null;
        for (int i = 0; i < specs.size(); i++) {
            Observation now = new Observation(specs.get(i), null, seen.get(i));
            for (Validator v : rules) found.addAll(v.check(previous, now));
            previous = now;
        }
        return found;
    }
}
