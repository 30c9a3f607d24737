package dev.longshot.plan;

import java.util.List;

/**
 * What one storyboard line says in catalog ids, before the memory carries anything over.
 * Null means "not named". Changes are already resolved to their result: "the fog lifts" is
 * weather {@code clear}, "night falls" is time {@code night}, "the herd leaves" is the herd's
 * subject with action {@code leave}.
 *
 * @param setting      setting id, or null
 * @param style        style id, or null
 * @param water        water id, or null
 * @param timeOfDay    time id, or null
 * @param weather      weather id, or null
 * @param skyAdded     sky ids the line brings (a moon that rises)
 * @param skyRemoved   sky ids the line takes away (the moon sets)
 * @param subjects     subjects the line names, with count and action
 * @param pronounAction action the line gives by reference ("They wade in"), or null
 * @param pronoun      the word that gives it ("they", "she", 它们), lower-case, or null
 * @param things       things the line names
 * @param thingsGone   thing ids the line takes away (the boats sail off)
 * @param camera       camera the line names ({@link CameraSpec#STILL} when none)
 * @param transition   transition id the line names, or null
 * @param approximated words shown as a near entry
 * @param notShown     content words not shown
 * @param shownIf      words naming a part of the scene (the sky, the water, the trunks), shown
 *                     or not depending on the plan of the line ({@link ShownIf})
 * @param understood   whether anything of the line can be shown
 * @param spent        words spent on catalog entries, counts, actions, changes and the camera
 *                     (with {@code approximated} and {@code notShown}, every content word of
 *                     the line is in exactly one of the three)
 * @param sunlit       whether the line shows the sun shining (a time of day for a story that
 *                     has none yet: noon)
 * @param weakWeather  weather the line's light implies (a sunlit or orange sky: clear), for
 *                     a story that has named none yet; or null
 * @param settingCue   how strongly the line names its setting
 * @param styleImplied whether the style was only implied by things (lanterns, a pagoda), not
 *                     named; a modern city keeps its style over such things
 * @param peopleNamed  whether the line names people of its own ("a lone figure"), not only
 *                     "we" or a pronoun: then the people of the old place stay behind
 * @param refersBack   whether the line refers back to who is on screen (he, they, we)
 * @param emptied      whether the line says the place is empty of people ("the empty Forum")
 * @param only         whether the line says only what it names is left ("only the giraffes
 *                     remain", 只剩下风声): subjects it does not name are gone
 * @param elsewhere    whether the line moves to another spot of its setting (a slug line,
 *                     "cut to", "they stop at the penguin pool"): the old spot's subjects and
 *                     things stay behind, as at a new place
 * @param allAlong     whether the line opens with "they" (他们走进森林): everyone on screen
 *                     goes along to the new place, not only its people
 * @param herdBack     whether the line says a herd word back with no creature of its own
 *                     ("the rest of the herd follows"): the animals on screen are a group
 * @param leap         whether the line leaps a day or more ("Days later", 第二天): the
 *                     animals of the last scene have moved on
 * @param goesOn       whether the story's people, left unsaid, go on to somewhere (中午太热,
 *                     回酒店休息): who is not travelling with them stays behind; the setting's
 *                     things and water are still there
 * @param countBack    a count said of the creatures named before ("three of them now"), or
 *                     null
 * @param heading      whether the line opens by going somewhere ("Out onto the street.",
 *                     "Into the forest."): another spot, where those the story follows go too
 */
public record LineReading(String setting, String style, String water, String timeOfDay,
        String weather, List<String> skyAdded, List<String> skyRemoved,
        List<SubjectRef> subjects, String pronounAction, String pronoun, List<ThingRef> things,
        List<String> thingsGone, CameraSpec camera, String transition,
        List<Approximation> approximated, List<NotShownWord> notShown, List<ShownIf> shownIf,
        boolean understood,
        List<String> spent, boolean sunlit, String weakWeather,
        SettingCue settingCue, boolean styleImplied,
        boolean peopleNamed, boolean refersBack, boolean emptied, boolean only,
        boolean elsewhere, boolean allAlong, boolean herdBack, boolean leap,
        boolean goesOn, String countBack, boolean heading) {
    public LineReading {
        skyAdded = List.copyOf(skyAdded);
        skyRemoved = List.copyOf(skyRemoved);
        subjects = List.copyOf(subjects);
        things = List.copyOf(things);
        thingsGone = List.copyOf(thingsGone);
        approximated = List.copyOf(approximated);
        notShown = List.copyOf(notShown);
        shownIf = List.copyOf(shownIf);
        spent = List.copyOf(spent);
    }

    /** This reading with other subjects (a name the story gave a creature, resolved). */
    public LineReading withSubjects(List<SubjectRef> named) {
        return new LineReading(setting, style, water, timeOfDay, weather, skyAdded, skyRemoved,
                named, pronounAction, pronoun, things, thingsGone, camera, transition,
                approximated, notShown, shownIf, understood, spent, sunlit, weakWeather,
                settingCue, styleImplied, peopleNamed, refersBack, emptied, only, elsewhere,
                allAlong, herdBack, leap, goesOn, countBack, heading);
    }

    /**
     * The content words among {@code words} that are in none of {@code spent},
     * {@code approximated}, {@code notShown} or {@code shownIf}: what would be dropped
     * silently (none, when the reader is right).
     */
    public List<String> unaccounted(List<String> words) {
        List<String> all = new java.util.ArrayList<>(spent);
        approximated.forEach(a -> all.add(a.said()));
        notShown.forEach(n -> all.add(n.said()));
        shownIf.forEach(n -> all.add(n.said()));
        List<String> out = new java.util.ArrayList<>();
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (all.stream().noneMatch(a -> a.toLowerCase(java.util.Locale.ROOT)
                    .contains(lower))) {
                out.add(w);
            }
        }
        return out;
    }
}
