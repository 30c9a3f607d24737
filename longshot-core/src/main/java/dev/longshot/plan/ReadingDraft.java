package dev.longshot.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalog reader's working notes on one line, turned into a {@link LineReading}. */
final class ReadingDraft {
    String setting;
    String settingHint;
    String style;
    String water;
    String timeOfDay;
    String weather;
    String stoppedWeather;
    final List<String> skyAdded = new ArrayList<>();
    final List<String> skyRemoved = new ArrayList<>();
    final Map<String, SubjectRef> subjects = new LinkedHashMap<>();
    String pronounAction;
    /** The action of an existential verb (出现了一群大雁), for the creature named after it. */
    String actionForNext;
    /** The reference word that gives {@link #pronounAction} ("she", 它们), or null. */
    String pronoun;
    final Map<String, ThingRef> things = new LinkedHashMap<>();
    final List<String> thingsGone = new ArrayList<>();
    String move;
    String shot;
    String angle;
    String support;
    Integer lensMm;
    double speed = 1;
    String focus;
    String transition;
    /** The place a morph's words turn from, while the place it turns into is read. */
    String morphedFrom;
    final List<Approximation> approximated = new ArrayList<>();
    final List<NotShownWord> notShown = new ArrayList<>();
    /** Parts of the scene, shown when the line's plan has what they need. */
    final List<ShownIf> shownIf = new ArrayList<>();
    /** Words spent on counts, actions, changes and camera: shown, but as no entry of their own. */
    final List<String> modifiers = new ArrayList<>();
    final List<String> said = new ArrayList<>();
    boolean understood;
    boolean sunlit;
    String weakWeather;
    /** How the setting was named; {@link #hintCue} how the hint was. */
    SettingCue settingCue = SettingCue.NAMED;
    SettingCue hintCue = SettingCue.PART;
    boolean styleImplied;
    /** The line sets the story in a past age (明朝, Victorian): not today's style. */
    boolean past;
    boolean peopleNamed;
    boolean refersBack;
    boolean emptied;
    /** "Only the giraffes remain", 只剩下风声: no one else is left on screen. */
    boolean only;
    /** The line moves to another spot of its setting ({@link SpotChange}). */
    boolean elsewhere;
    /** The narrator tells the way to somewhere ("we go up Elephant Mountain"). */
    boolean travels;
    /** The line opens with "they": all on screen go along to a new place. */
    boolean allAlong;
    /** A herd word said back with no creature of its own ("the rest of the herd"). */
    boolean herdBack;
    /** The line leaps a day or more ("Days later", 第二天). */
    boolean leap;
    /** The story's people, left unsaid, go on to somewhere ({@link SpotChange#goingUnsaid}). */
    boolean goesOn;
    /** A count said of what is on screen ("three of them now"), or null. */
    String countBack;
    /** Whether the line opens by going somewhere ("Into the forest."). */
    boolean heading;
    /** The line's text, for patterns over the whole line. */
    String line = "";

    /** Index of the word being read, and where each subject was first named on the line. */
    int at;
    final Map<String, Integer> namedAt = new LinkedHashMap<>();

    void subject(String id, String said, String count, String action) {
        namedAt.putIfAbsent(id, at);
        SubjectRef had = subjects.get(id);
        if (had != null) {
            count = rank(count) >= rank(had.count()) ? count : had.count();
            // "the driver and her partner": two people named apart are a few.
            if (rank(count) < 1 && (id.equals("person") || id.equals("child"))
                    && !had.said().contains(said)) {
                count = "few";
            }
            action = action != null ? action : had.action();
            said = had.said() + " " + said;
        }
        subjects.put(id, new SubjectRef(id, said, count, action));
        this.said.add(said);
        understood = true;
    }

    void thing(String id, String said) {
        things.putIfAbsent(id, new ThingRef(id, said));
        this.said.add(said);
        understood = true;
    }

    /** Gives {@code action} to subject {@code id} (already named on this line). */
    void act(String id, String action) {
        SubjectRef s = subjects.get(id);
        if (s != null) subjects.put(id, new SubjectRef(id, s.said(), s.count(), action));
    }

    private List<String> spent() {
        List<String> all = new ArrayList<>(said);
        all.addAll(modifiers);
        return all;
    }

    private static int rank(String count) {
        if (count == null) return -1;
        return switch (count) {
            case "one" -> 0;
            case "few" -> 1;
            case "group" -> 2;
            default -> 3;
        };
    }

    LineReading reading() {
        CameraSpec camera = new CameraSpec(move == null ? "static" : move, shot, angle, support,
                lensMm, speed, focus, null);
        return new LineReading(setting != null ? setting : settingHint, style, water, timeOfDay,
                weather, skyAdded, skyRemoved, List.copyOf(subjects.values()), pronounAction, pronoun,
                List.copyOf(things.values()), thingsGone, camera, transition, approximated,
                notShown, shownIf, understood || camera.named() || transition != null, spent(),
                sunlit, weakWeather,
                setting != null ? settingCue : settingHint != null ? hintCue : SettingCue.NONE,
                styleImplied, peopleNamed, refersBack, emptied, only, elsewhere,
                allAlong, herdBack && subjects.keySet().stream().allMatch(
                        id -> Set.of("person", "crowd", "child", "soldier").contains(id)),
                leap, goesOn, countBack, heading);
    }
}
