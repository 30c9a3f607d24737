package dev.longshot.memory.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.longshot.catalog.Catalog;
import dev.longshot.plan.Approximation;
import dev.longshot.plan.CameraSpec;
import dev.longshot.plan.NotShownWord;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.SubjectRef;
import dev.longshot.plan.ThingRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Per-key accuracy of plans against a {@code longshot-eval/2} set: each key of each line is
 * right or wrong as a whole (lists compared as sets, subjects with count and action). Also
 * the open-vocabulary figures: how many labelled "approximate" words came out as the right
 * entry (recall), how many words were approximated at all and how many of those matched a
 * label (precision on labelled words), and how many labelled not-shown words were reported.
 */
public final class KeyScore {
    /** Keys scored, in table order. */
    public static final List<String> KEYS = List.of("setting", "style", "water", "timeOfDay",
            "weather", "sky", "subjects", "things", "camera", "transition");

    private static final List<String> COUNTS = List.of("one", "few", "group", "many");

    private final int[] right = new int[KEYS.size()];
    private int lines;
    private int approxLabelled;
    private int approxFound;
    private int approxMade;
    private int approxMadeRight;
    private int notShownLabelled;
    private int notShownReported;
    private final List<String> misses = new ArrayList<>();
    /** Subjects and things in detail: where the all-or-nothing keys lose their lines. */
    private int subjectIdsRight;
    private int subjectMissing;
    private int subjectExtra;
    private int subjectsMatched;
    private int countsRight;
    private int actionsRight;
    private int thingMissing;
    private int thingExtra;
    private int notShownMade;
    /** Subject ids of the story's previous plan: tells an extra kept too long from one read. */
    private TreeSet<String> before = new TreeSet<>();
    private int extraKept;
    private int extraNew;
    private int missingDropped;
    private int missingUnread;

    /** The next lines belong to a new storyboard: nothing is carried into it. */
    public void newStory() {
        before = new TreeSet<>();
    }

    /** Scores one line's plan. */
    public void add(String where, LabelledStoryV2.Line line, ScenePlan plan) {
        lines++;
        PlanKeys k = plan.keys();
        JsonNode e = line.expect();
        String setting = asLabelled(k.setting(), List.of(text(e, "setting")));
        List<String> wantSubjects = new ArrayList<>();
        e.path("subjects").forEach(n -> wantSubjects.add(n.path("id").asText()));
        List<String> wantThings = new ArrayList<>();
        e.path("things").forEach(n -> wantThings.add(n.asText()));
        List<SubjectRef> subjects = merged(k.subjects().stream().map(s -> new SubjectRef(
                asLabelled(s.id(), wantSubjects), s.said(), s.count(), s.action())).toList());
        List<ThingRef> things = k.things().stream().map(t -> new ThingRef(
                asLabelled(t.id(), wantThings), t.said())).toList();
        List<String> got = List.of(setting, String.valueOf(k.style()),
                k.water(), String.valueOf(k.timeOfDay()), String.valueOf(k.weather()),
                set(k.sky()), subjects(subjects), things(things), camera(k.camera()),
                k.transition());
        List<String> want = List.of(text(e, "setting"), text(e, "style"), text(e, "water"),
                text(e, "timeOfDay"), text(e, "weather"), setOf(e.path("sky")),
                subjects(e.path("subjects")), setOf(e.path("things")), camera(e.path("camera")),
                text(e, "transition"));
        detail(e, subjects, things);
        notShownMade += k.notShown().size();
        for (int i = 0; i < KEYS.size(); i++) {
            if (got.get(i).equals(want.get(i))) {
                right[i]++;
            } else {
                misses.add(where + " " + KEYS.get(i) + ": got " + got.get(i) + ", want "
                        + want.get(i) + "   | " + line.text());
            }
        }
        words(where, line, k);
    }

    /** Subject ids, and count and action of each labelled subject the plan has; things. */
    private void detail(JsonNode e, List<SubjectRef> subjects, List<ThingRef> things) {
        TreeSet<String> want = new TreeSet<>();
        e.path("subjects").forEach(n -> want.add(n.path("id").asText()));
        TreeSet<String> got = new TreeSet<>();
        subjects.forEach(s -> got.add(s.id()));
        if (got.equals(want)) subjectIdsRight++;
        if (!got.containsAll(want)) subjectMissing++;
        if (!want.containsAll(got)) subjectExtra++;
        if (got.stream().anyMatch(id -> !want.contains(id) && before.contains(id))) extraKept++;
        if (got.stream().anyMatch(id -> !want.contains(id) && !before.contains(id))) extraNew++;
        if (want.stream().anyMatch(id -> !got.contains(id) && before.contains(id))) missingDropped++;
        if (want.stream().anyMatch(id -> !got.contains(id) && !before.contains(id))) missingUnread++;
        before = got;
        for (JsonNode n : e.path("subjects")) {
            String id = n.path("id").asText();
            SubjectRef s = subjects.stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElse(null);
            if (s == null) continue;
            subjectsMatched++;
            if (n.path("count").asText().equals(s.count())) countsRight++;
            if (text(n, "action").equals(String.valueOf(s.action()))) actionsRight++;
        }
        TreeSet<String> wantThings = new TreeSet<>();
        e.path("things").forEach(n -> wantThings.add(n.asText()));
        TreeSet<String> gotThings = new TreeSet<>();
        things.forEach(t -> gotThings.add(t.id()));
        if (!gotThings.containsAll(wantThings)) thingMissing++;
        if (!wantThings.containsAll(gotThings)) thingExtra++;
    }

    /** Lines whose subject ids are right (counts and actions aside), 0–1. */
    public double subjectIdAccuracy() {
        return ratio(subjectIdsRight, lines);
    }

    /** Lines where a labelled subject is missing from the plan, 0–1. */
    public double subjectMissingRate() {
        return ratio(subjectMissing, lines);
    }

    /** Lines where the plan has a subject the label does not, 0–1. */
    public double subjectExtraRate() {
        return ratio(subjectExtra, lines);
    }

    /** Lines with an extra subject the plan already had on the line before (kept too long). */
    public double subjectExtraKeptRate() {
        return ratio(extraKept, lines);
    }

    /** Lines with an extra subject new to the plan on this line (misread or implied). */
    public double subjectExtraNewRate() {
        return ratio(extraNew, lines);
    }

    /** Lines missing a labelled subject the plan had on the line before (dropped too soon). */
    public double subjectMissingDroppedRate() {
        return ratio(missingDropped, lines);
    }

    /** Lines missing a labelled subject the plan never had just before (not read). */
    public double subjectMissingUnreadRate() {
        return ratio(missingUnread, lines);
    }

    /** Of the labelled subjects the plan has, those with the labelled count, 0–1. */
    public double countAccuracy() {
        return ratio(countsRight, subjectsMatched);
    }

    /** Of the labelled subjects the plan has, those with the labelled action, 0–1. */
    public double actionAccuracy() {
        return ratio(actionsRight, subjectsMatched);
    }

    /** Lines where a labelled thing is missing from the plan, 0–1. */
    public double thingMissingRate() {
        return ratio(thingMissing, lines);
    }

    /** Lines where the plan has a thing the label does not, 0–1. */
    public double thingExtraRate() {
        return ratio(thingExtra, lines);
    }

    /** Labelled subjects the plan has (the base of count and action accuracy). */
    public int subjectsMatched() {
        return subjectsMatched;
    }

    /** Words the plans report as not shown, all lines together. */
    public int notShownMade() {
        return notShownMade;
    }

    private static double ratio(int n, int of) {
        return of == 0 ? 1 : (double) n / of;
    }

    private void words(String where, LabelledStoryV2.Line line, PlanKeys k) {
        for (JsonNode a : line.expect().path("approximate")) {
            approxLabelled++;
            String said = a.path("said").asText();
            String id = a.path("expect").asText();
            boolean found = k.subjects().stream().anyMatch(s -> s.id().equals(id))
                    || k.things().stream().anyMatch(t -> t.id().equals(id))
                    || id.equals(k.weather()) || k.sky().contains(id);
            if (found) approxFound++;
            else misses.add(where + " approximate: " + said + " → " + id + " missing");
        }
        for (Approximation a : k.approximated()) {
            approxMade++;
            boolean labelled = false;
            for (JsonNode l : line.expect().path("approximate")) {
                if (l.path("expect").asText().equals(a.shownAs())) labelled = true;
            }
            if (labelled) approxMadeRight++;
            else misses.add(where + " approximated: " + a.said() + " as " + a.shownAs() + " ("
                    + a.similarity() + ")");
        }
        for (JsonNode n : line.expect().path("notShown")) {
            notShownLabelled++;
            String said = n.asText();
            boolean reported = k.notShown().stream().map(NotShownWord::said)
                    .anyMatch(s -> s.contains(said) || said.contains(s));
            if (reported) notShownReported++;
            else misses.add(where + " notShown: " + said + " not reported");
        }
    }

    public int lines() {
        return lines;
    }

    /** Accuracy of key {@code i} of {@link #KEYS}, 0–1. */
    public double accuracy(int i) {
        return lines == 0 ? 0 : (double) right[i] / lines;
    }

    public double approximateRecall() {
        return approxLabelled == 0 ? 1 : (double) approxFound / approxLabelled;
    }

    public double approximatePrecision() {
        return approxMade == 0 ? 1 : (double) approxMadeRight / approxMade;
    }

    public double notShownRecall() {
        return notShownLabelled == 0 ? 1 : (double) notShownReported / notShownLabelled;
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    /**
     * {@code id}, or the labelled id its fallback chain reaches: the plan names what was said
     * ({@code hyena}), the label what is shown ({@code wolf}); both are right. So is a finer
     * id than the contract's ({@code porter}, {@code junk}) for the contract id it is a kind
     * of ({@link ContractIds}).
     */
    private static String asLabelled(String id, List<String> labelled) {
        if (labelled.contains(id)) return id;
        String kindOf = ContractIds.of(id).orElse(null);
        if (kindOf != null && labelled.contains(kindOf)) return kindOf;
        Catalog c = Catalog.bundled();
        var at = c.byId(id).orElse(null);
        while (at != null && at.fallback() != null) {
            if (labelled.contains(at.fallback())) return at.fallback();
            at = c.byId(at.fallback()).orElse(null);
        }
        return id;
    }

    /**
     * One subject per id, as labels have it: when two plan subjects stand for one labelled id
     * (merchants and people, both persons), the larger count and the latest action given.
     */
    private static List<SubjectRef> merged(List<SubjectRef> refs) {
        java.util.Map<String, SubjectRef> byId = new java.util.LinkedHashMap<>();
        for (SubjectRef s : refs) {
            SubjectRef had = byId.get(s.id());
            if (had != null) {
                String count = COUNTS.indexOf(had.count()) > COUNTS.indexOf(s.count())
                        ? had.count() : s.count();
                s = new SubjectRef(s.id(), s.said(), count,
                        s.action() != null ? s.action() : had.action());
            }
            byId.put(s.id(), s);
        }
        return List.copyOf(byId.values());
    }

    static String text(JsonNode e, String key) {
        JsonNode n = e.path(key);
        return n.isNull() || n.isMissingNode() ? "null" : n.asText();
    }

    private static String set(List<String> ids) {
        return new TreeSet<>(ids).toString();
    }

    private static String setOf(JsonNode array) {
        TreeSet<String> s = new TreeSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s.toString();
    }

    private static String things(List<ThingRef> things) {
        return set(things.stream().map(ThingRef::id).toList());
    }

    private static String subjects(List<SubjectRef> refs) {
        return set(refs.stream().map(s -> s.id() + "/" + s.count() + "/" + s.action()).toList());
    }

    private static String subjects(JsonNode array) {
        TreeSet<String> s = new TreeSet<>();
        for (JsonNode n : array) {
            s.add(n.path("id").asText() + "/" + n.path("count").asText() + "/"
                    + text(n, "action"));
        }
        return s.toString();
    }

    private static String camera(CameraSpec c) {
        return String.join(",", c.move(), Objects.toString(c.shot()),
                Objects.toString(c.angle()), Objects.toString(c.support()),
                Objects.toString(c.lensMm()), num(c.speed()), Objects.toString(c.focus()),
                Objects.toString(c.target()));
    }

    private static String camera(JsonNode c) {
        return String.join(",", text(c, "move"), text(c, "shot"), text(c, "angle"),
                text(c, "support"), text(c, "lensMm"), num(c.path("speed").asDouble(1)),
                text(c, "focus"), text(c, "target"));
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
