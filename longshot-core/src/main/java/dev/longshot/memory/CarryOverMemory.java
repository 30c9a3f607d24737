package dev.longshot.memory;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.Mentions;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.Transition;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The simplest memory that keeps a world coherent: every attribute a line does not mention
 * carries over from the second before, and each place keeps its water when we come back.
 * Subjects accumulate within a scene; a new setting (or water) starts a new scene whose
 * subjects are the ones named (or, if none are named, the ones we had).
 * The default memory ({@link Planner#standard}): the learned ST-MFA core does not beat it on
 * the labelled sets (README, "The planning memory").
 */
public final class CarryOverMemory implements MemoryCore {
    private State state = State.initial();

    /** @param places the water last seen at each setting: the memory of places */
    private record State(int next, ScenePlan last, Map<Setting, Water> places,
            KeyState keys) implements Snapshot {
        static State initial() {
            ScenePlan start = new ScenePlan(-1, "", Setting.FOREST, Water.NONE, TimeOfDay.MORNING,
                    Weather.CLEAR, Set.of(), CameraMove.STATIC, java.util.List.of(), -1);
            return new State(0, start, Map.of(), KeyState.INITIAL);
        }

        Water waterOf(Setting setting) {
            return places.getOrDefault(setting, Water.NONE);
        }

        Map<Setting, Water> withWater(Setting setting, Water water) {
            EnumMap<Setting, Water> copy = new EnumMap<>(Setting.class);
            copy.putAll(places);
            copy.put(setting, water);
            return Collections.unmodifiableMap(copy);
        }

        @Override
        public int nextSecond() {
            return next;
        }
    }

    @Override
    public ScenePlan step(int t, String text, Mentions m) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(m, "mentions");
        if (t != state.next) {
            throw new IllegalStateException("expected second " + state.next + ", got " + t);
        }
        ScenePlan p = state.last;
        if (m.reading() != null) {
            KeyState keys = state.keys.step(m.reading());
            ScenePlan plan = keys.plan(t, text, m, p);
            state = new State(t + 1, plan, state.places, keys);
            return plan;
        }
        boolean first = p.scene() < 0;
        if (first) m = m.withHintAsSetting();
        Setting setting = m.setting() != null ? m.setting() : p.setting();
        // The ground changes with the setting or the water, so either starts a new scene.
        boolean newScene = setting != p.setting() || p.scene() < 0
                || m.water() != null && m.water() != p.water();
        // Water belongs to a place: back in a place we saw, its water is back too.
        Water water = m.water() != null ? m.water()
                : setting == p.setting() ? p.water() : state.waterOf(setting);
        EnumSet<Subject> subjects = EnumSet.noneOf(Subject.class);
        if (setting == p.setting() || m.subjects().isEmpty()) subjects.addAll(p.subjects());
        subjects.addAll(m.subjects());
        subjects.removeAll(m.departing());
        ScenePlan plan = new ScenePlan(
                t,
                text,
                setting,
                water,
                m.timeOfDay() != null ? m.timeOfDay() : p.timeOfDay(),
                m.weather() != null ? m.weather() : p.weather(),
                subjects,
                m.camera() != null ? m.camera() : CameraMove.STATIC,
                m.unrecognized(),
                newScene ? p.scene() + 1 : p.scene(),
                newScene && !first && m.transition() != null ? m.transition() : Transition.CUT,
                m.subjects());
        state = new State(t + 1, plan, state.withWater(setting, water), state.keys);
        return plan;
    }

    @Override
    public Snapshot checkpoint() {
        return state;
    }

    @Override
    public void restore(Snapshot snapshot) {
        if (!(snapshot instanceof State s)) {
            throw new IllegalArgumentException("not a snapshot of this memory: " + snapshot);
        }
        state = s;
    }
}
