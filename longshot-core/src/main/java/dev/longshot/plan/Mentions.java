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
 * @param references   kinds of reference to subjects already in the scene, in order:
 *                     {@code it} (它, they, she …) or {@code herd} (the herd, 兽群 …)
 * @param departure    the line has a word of leaving (with or without a subject named)
 * @param transition   how the line asks to change scene ("渐渐变成" morph, "叠化" dissolve),
 *                     or null for a plain cut
 * @param reading      the line in catalog ids (format {@code longshot-plan/2}), or null from
 *                     a reader without a catalog
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
        List<String> unrecognized,
        List<String> references,
        boolean departure,
        Transition transition,
        LineReading reading) {

    public Mentions {
        subjects = frozen(subjects);
        departing = frozen(departing);
        unrecognized = List.copyOf(unrecognized);
        references = List.copyOf(references);
    }

    /** Mentions of a reader without a catalog. */
    public Mentions(Setting setting, Setting settingHint, Water water, TimeOfDay timeOfDay,
            Weather weather, Set<Subject> subjects, Set<Subject> departing, CameraMove camera,
            List<String> unrecognized, List<String> references, boolean departure,
            Transition transition) {
        this(setting, settingHint, water, timeOfDay, weather, subjects, departing, camera,
                unrecognized, references, departure, transition, null);
    }

    /** Mentions that ask no particular transition. */
    public Mentions(Setting setting, Setting settingHint, Water water, TimeOfDay timeOfDay,
            Weather weather, Set<Subject> subjects, Set<Subject> departing, CameraMove camera,
            List<String> unrecognized, List<String> references, boolean departure) {
        this(setting, settingHint, water, timeOfDay, weather, subjects, departing, camera,
                unrecognized, references, departure, null);
    }

    /** Mentions without references. */
    public Mentions(Setting setting, Water water, TimeOfDay timeOfDay, Weather weather,
            Set<Subject> subjects, Set<Subject> departing, CameraMove camera,
            List<String> unrecognized) {
        this(setting, null, water, timeOfDay, weather, subjects, departing, camera, unrecognized,
                List.of(), !departing.isEmpty());
    }

    /** These mentions with the passing setting hint taken as the setting, if none was named. */
    public Mentions withHintAsSetting() {
        if (setting != null || settingHint == null) return this;
        return new Mentions(settingHint, null, water, timeOfDay, weather, subjects, departing,
                camera, unrecognized, references, departure, transition, reading);
    }

    /** True when the line says something leaves but names no subject ("它们离开了"). */
    public boolean departsByReference() {
        return departure && departing.isEmpty();
    }

    private static Set<Subject> frozen(Set<Subject> set) {
        EnumSet<Subject> copy = EnumSet.noneOf(Subject.class);
        copy.addAll(set);
        return Collections.unmodifiableSet(copy);
    }
}
