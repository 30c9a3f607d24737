package dev.longshot.memory.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.longshot.plan.DrawnVocabulary;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Subject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Accuracy of a memory's old-vocabulary decisions (the enums the learned memory's heads
 * produce) against a {@code longshot-eval/2} set, the labels mapped to enums through the one
 * adapter: the ground on which the learned memory and the carry-over rule can be compared.
 */
public final class DrawnScore {
    /** Attributes scored, in table order. */
    public static final List<String> KEYS = List.of("setting", "water", "timeOfDay",
            "weather", "subjects");

    private final int[] right = new int[KEYS.size()];
    private int lines;

    public void add(LabelledStoryV2.Line line, ScenePlan plan) {
        DrawnVocabulary d = DrawnVocabulary.bundled();
        JsonNode e = line.expect();
        Set<Subject> want = EnumSet.noneOf(Subject.class);
        for (JsonNode s : e.path("subjects")) {
            d.drawn(Subject.values(), s.path("id").asText()).ifPresent(want::add);
        }
        boolean[] ok = {
            plan.setting() == d.setting(KeyScore.text(e, "setting")),
            plan.water() == d.water(KeyScore.text(e, "water")),
            plan.timeOfDay() == d.timeOfDay(KeyScore.text(e, "timeOfDay")),
            plan.weather() == d.weather(KeyScore.text(e, "weather")),
            plan.subjects().equals(want)};
        lines++;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i]) right[i]++;
        }
    }

    public int lines() {
        return lines;
    }

    public double accuracy(int i) {
        return lines == 0 ? 0 : (double) right[i] / lines;
    }
}
