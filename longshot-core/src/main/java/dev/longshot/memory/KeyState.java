package dev.longshot.memory;

import dev.longshot.plan.DrawnVocabulary;
import dev.longshot.plan.LineReading;
import dev.longshot.plan.Mentions;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Transition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable state of the plan/2 carry-over ({@link KeyCarryOver}): the last second's keys, the
 * line they came from and the water of every place seen. Part of a memory's snapshot.
 *
 * @param keys    the last second's keys, or null before the first
 * @param line    the reading of the last second's line (identity tells a new line)
 * @param places  water last seen at each setting id
 * @param followed who the story has kept on screen, line after line
 * @param names   names the story gave its creatures ("a fox called Pip"), to the creature id
 */
record KeyState(PlanKeys keys, LineReading line, Map<String, String> places,
        Followed followed, Map<String, String> names) {
    static final KeyState INITIAL = new KeyState(null, null, Map.of(), Followed.NONE, Map.of());

    /** The state after one more second of the line read as {@code r}. */
    KeyState step(LineReading r) {
        Map<String, String> p = new HashMap<>(places);
        // Things the last line took away (the truck that sank) go from the next line on.
        List<String> gone = line != null && r != line ? line.thingsGone() : List.of();
        boolean newLine = r != line;
        // Counted once a line, from the keys the line before ended with.
        Followed f = newLine && keys != null ? followed.after(keys.subjects()) : followed;
        // "Pip sat on a rock", after "a little fox called Pip": the fox, not a person.
        Map<String, String> n = newLine ? GivenNames.learn(names, r) : names;
        PlanKeys next = KeyCarryOver.next(keys, GivenNames.resolve(n, r), newLine, p, gone, f);
        return new KeyState(next, r, Map.copyOf(p), f, n);
    }

    /**
     * The scene plan of these keys, with the old enum fields derived through the one adapter,
     * so the world shows what the plan says.
     */
    ScenePlan plan(int t, String text, Mentions m, ScenePlan previous) {
        DrawnVocabulary drawn = DrawnVocabulary.bundled();
        var setting = drawn.setting(keys.setting());
        var water = drawn.water(keys.water());
        // A new place by the plan's own ids: a savanna after grassland is a new scene even
        // though the old vocabulary draws both as grassland.
        PlanKeys before = previous.keys();
        boolean newScene = previous.scene() < 0 || !keys.setting().equals(before.setting())
                || !Objects.equals(keys.water(), before.water())
                || timeJump(before.timeOfDay(), keys.timeOfDay());
        Transition transition = newScene && previous.scene() >= 0
                ? DrawnVocabulary.transition(keys.transition()) : Transition.CUT;
        return new ScenePlan(t, text, setting, water, drawn.timeOfDay(keys.timeOfDay()),
                drawn.weather(keys.weather()), drawn.subjects(keys.subjects()),
                DrawnVocabulary.move(keys.camera().move()),
                keys.notShown().stream().map(n -> n.said()).toList(),
                newScene ? previous.scene() + 1 : previous.scene(), transition,
                drawn.subjects(m.reading().subjects()), keys);
    }

    /** Times of day in the order a day passes them (after night comes dawn). */
    private static final List<String> DAY = List.of("dawn", "morning", "noon", "afternoon",
            "dusk", "night");

    /**
     * Whether the time of day leaps more than one step of the day ("at dusk" after a
     * morning): an editor cuts there. Light that travels from morning to dusk within one
     * continuous second jumps on screen (the optical-flow check caught it once a meadow of
     * the forest stopped being a new place). One step — dusk to night, night to dawn — is a
     * change the shot can show as it happens ("night falls").
     */
    static boolean timeJump(String from, String to) {
        int a = from == null ? -1 : DAY.indexOf(from), b = to == null ? -1 : DAY.indexOf(to);
        if (a < 0 || b < 0) return false;
        int d = Math.abs(a - b);
        return Math.min(d, DAY.size() - d) >= 2;
    }
}
