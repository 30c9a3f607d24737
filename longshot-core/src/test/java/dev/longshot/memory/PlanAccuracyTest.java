package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.memory.train.LabelledStoryboard;
import dev.longshot.memory.train.PlanEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped memory on the hand-written evaluation set must stay above the targets. */
class PlanAccuracyTest {
    static final List<String> FILES = List.of("zh-forest-deer", "zh-city-night", "zh-silk-road",
            "zh-mountain-lake", "en-coast", "en-savanna", "en-history-rome", "en-winter-forest");

    static List<LabelledStoryboard> evalSet() throws IOException {
        List<LabelledStoryboard> boards = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = PlanAccuracyTest.class.getResourceAsStream("eval/" + f + ".tsv")) {
                boards.add(LabelledStoryboard.parse(f, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return boards;
    }

    @Test
    void evalSetIsLargeEnough() throws IOException {
        List<LabelledStoryboard> boards = evalSet();
        assertTrue(boards.size() >= 6);
        assertTrue(boards.stream().mapToInt(b -> b.lines().size()).sum() >= 80);
    }

    @Test
    void accuracyMeetsTargets() throws IOException {
        PlanEvaluation.Score s = PlanEvaluation.evaluate(evalSet(), StMfaMemory::bundled, false);
        String report = String.join("\n", s.misses());
        assertTrue(s.overall() >= 0.90, "overall " + s.overall() + "\n" + report);
        for (int a = 0; a < PlanEvaluation.ATTRIBUTES.size(); a++) {
            assertTrue(s.accuracy(a) >= 0.80,
                    PlanEvaluation.ATTRIBUTES.get(a) + " " + s.accuracy(a) + "\n" + report);
        }
    }
}
