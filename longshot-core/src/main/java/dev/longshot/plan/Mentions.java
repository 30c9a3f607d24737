package dev.longshot.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one storyboard line says about the scene; null means "not mentioned" (the memory then
 * carries the previous value over).
 *
 * @param setting      named setting, or null
 * @param settingHint  a setting named only in passing ("草地", "the trees"), or null: it sets the
 *                     scene only when nothing came before
 * @param water        named water, or null
 * @param timeOfDay    named time of day, or null
 * @param weather      named weather, or null
 * @param subjects     subjects named as present
 * @param departing    subjects named as leaving ("the deer leave", "鹿群离开")
 * @param camera       named camera move, or null
 * @param unrecognized content words the vocabulary cannot show
 */
public record Mentions(
        Setting setting,
        Setting settingHint,
        Water water,
        TimeOfDay timeOfDay,
        Weather weather,
        Set<Subject> subjects,
        Set<Subject> departing,
        CameraMove camera,
        List<String> unrecognized) {

    public Mentions {
        subjects = frozen(subjects);
        departing = frozen(departing);
        unrecognized = List.copyOf(unrecognized);
    }

    private static Set<Subject> frozen(Set<Subject> set) {
        EnumSet<Subject> copy = EnumSet.noneOf(Subject.class);
        copy.addAll(set);
        return Collections.unmodifiableSet(copy);
    }
}
