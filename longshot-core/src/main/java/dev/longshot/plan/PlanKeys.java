package dev.longshot.plan;

import java.util.List;
import java.util.Objects;

/**
 * The keys of one second in format {@code longshot-plan/2} (DESIGN.md, "The catalog and the
 * plan contract"), by catalog id. The old enum fields of {@link ScenePlan} are derived from
 * these through {@link DrawnVocabulary} for the parts of the world that still read them.
 *
 * @param setting      catalog setting id, never null
 * @param style        style id, or null in nature
 * @param water        water id ({@code none} when no water)
 * @param timeOfDay    time id, or null when nothing named it yet
 * @param weather      weather id, or null when nothing named it yet
 * @param sky          sky ids (moon, stars …), in the order they appeared
 * @param subjects     creatures and people
 * @param things       things
 * @param camera       this line's camera
 * @param transition   cut, dissolve, morph, fade-in, fade-out
 * @param approximated words shown as a near entry
 * @param notShown     content words not shown, with the reason
 */
public record PlanKeys(String setting, String style, String water, String timeOfDay,
        String weather, List<String> sky, List<SubjectRef> subjects, List<ThingRef> things,
        CameraSpec camera, String transition, List<Approximation> approximated,
        List<NotShownWord> notShown) {
    public PlanKeys {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(water, "water");
        sky = List.copyOf(sky);
        subjects = List.copyOf(subjects);
        things = List.copyOf(things);
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(transition, "transition");
        approximated = List.copyOf(approximated);
        notShown = List.copyOf(notShown);
    }

    /** The keys a plan made from the old vocabulary alone implies (readers without a catalog). */
    public static PlanKeys fromVocabulary(Setting setting, Water water, TimeOfDay time,
            Weather weather, java.util.Set<Subject> subjects, CameraMove move,
            Transition transition, List<String> unrecognized) {
        List<SubjectRef> refs = subjects.stream()
                .map(s -> new SubjectRef(s.id(), s.id(), s == Subject.CROWD ? "many" : "one",
                        null)).toList();
        String m = switch (move) {
            case DOLLY -> "dolly-in";
            case CRANE -> "crane-up";
            case ZOOM -> "zoom-in";
            default -> move.id();
        };
        return new PlanKeys(setting.id(), null, water.id(), time.id(), weather.id(), List.of(),
                refs, List.of(), CameraSpec.STILL.withMove(m), transition.id(), List.of(),
                unrecognized.stream().map(w -> new NotShownWord(w, "not in the vocabulary"))
                        .toList());
    }

    /** These keys on a later second of the same line: the transition happened already. */
    public PlanKeys continued() {
        return transition.equals("cut") ? this : new PlanKeys(setting, style, water, timeOfDay,
                weather, sky, subjects, things, camera, "cut", approximated, notShown);
    }
}
