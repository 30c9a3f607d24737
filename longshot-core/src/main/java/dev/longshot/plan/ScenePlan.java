package dev.longshot.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the memory decided for one storyboard second: the discrete scene attributes of the
 * vocabulary (DESIGN.md) plus the bookkeeping the world needs.
 *
 * @param t            second of the video (0-based)
 * @param text         the storyboard text covering this second
 * @param setting      where we are; carries over until a line changes it
 * @param water        body of water; carries over
 * @param timeOfDay    carries over; the sun moves continuously between values
 * @param weather      carries over
 * @param subjects     who is in the scene; carries over until changed
 * @param camera       camera move of this line; {@code static} when the line names none
 * @param unrecognized content words the vocabulary cannot show, in order of appearance
 * @param scene        index of the scene: increases by one whenever the setting or the water changes
 * @param transition   how this second's new scene replaces the old one; {@code cut} on every
 *                     second that starts no scene
 * @param named        the subjects this second's line itself names, read once by the planner:
 *                     a bound camera move frames a group of these first (DESIGN.md's
 *                     {@code camera.target}), so the world never reads {@code text}
 * @param keys         the same second in format {@code longshot-plan/2}, by catalog id: what
 *                     {@code plan --json} prints; the enum fields above are derived from it
 *                     (or it from them, for readers without a catalog)
 */
public record ScenePlan(
        int t,
        String text,
        Setting setting,
        Water water,
        TimeOfDay timeOfDay,
        Weather weather,
        Set<Subject> subjects,
        CameraMove camera,
        List<String> unrecognized,
        int scene,
        Transition transition,
        Set<Subject> named,
        PlanKeys keys) {

    public ScenePlan {
        subjects = frozen(subjects);
        named = frozen(named);
        unrecognized = List.copyOf(unrecognized);
        java.util.Objects.requireNonNull(transition, "transition");
        java.util.Objects.requireNonNull(keys, "keys");
    }

    /** A plan whose plan/2 keys are implied by its vocabulary values alone. */
    public ScenePlan(int t, String text, Setting setting, Water water, TimeOfDay timeOfDay,
            Weather weather, Set<Subject> subjects, CameraMove camera, List<String> unrecognized,
            int scene, Transition transition, Set<Subject> named) {
        this(t, text, setting, water, timeOfDay, weather, subjects, camera, unrecognized, scene,
                transition, named, PlanKeys.fromVocabulary(setting, water, timeOfDay, weather,
                        subjects, camera, transition, unrecognized));
    }

    /** A plan whose line names no subject for the camera. */
    public ScenePlan(int t, String text, Setting setting, Water water, TimeOfDay timeOfDay,
            Weather weather, Set<Subject> subjects, CameraMove camera, List<String> unrecognized,
            int scene, Transition transition) {
        this(t, text, setting, water, timeOfDay, weather, subjects, camera, unrecognized, scene,
                transition, Set.of());
    }

    /** A plan whose scene, if it is a new one, starts with a cut. */
    public ScenePlan(int t, String text, Setting setting, Water water, TimeOfDay timeOfDay,
            Weather weather, Set<Subject> subjects, CameraMove camera, List<String> unrecognized,
            int scene) {
        this(t, text, setting, water, timeOfDay, weather, subjects, camera, unrecognized, scene,
                Transition.CUT);
    }

    /** This plan with {@code named} as the subjects its line names. */
    public ScenePlan withNamed(Set<Subject> names) {
        return new ScenePlan(t, text, setting, water, timeOfDay, weather, subjects, camera,
                unrecognized, scene, transition, names, keys);
    }

    /** True when this second starts a new scene (a cut in the picture). */
    public boolean startsScene(ScenePlan previous) {
        return previous == null || previous.scene != scene;
    }

    private static Set<Subject> frozen(Set<Subject> s) {
        EnumSet<Subject> copy = EnumSet.noneOf(Subject.class);
        copy.addAll(s);
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Which storyboard line this second belongs to, as an opaque identity: equal for the
     * seconds of one line, so the world can tell where a line starts. Never read for meaning;
     * what the line means is in the plan's fields.
     */
    public Object lineId() {
        return text;
    }
}
