package dev.longshot.memory.train;

import dev.longshot.memory.MemoryCore;
import dev.longshot.plan.SceneLexicon;
import dev.longshot.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Per-attribute accuracy of a memory on labelled storyboards. Subjects count as right only
 * when the whole set matches. "Overall" is the mean over the six attributes.
 */
public final class PlanEvaluation {
    public static final List<String> ATTRIBUTES =
            List.of("setting", "water", "timeOfDay", "weather", "subjects", "camera");

    /** Hits and totals per attribute, in {@link #ATTRIBUTES} order. */
    public record Score(int[] hits, int lines, List<String> misses) {
        public double accuracy(int attribute) {
            return lines == 0 ? 0 : (double) hits[attribute] / lines;
        }

        public double overall() {
            double s = 0;
            for (int a = 0; a < hits.length; a++) s += accuracy(a);
            return s / hits.length;
        }
    }

    private PlanEvaluation() {}

    /**
     * Plans every storyboard with a fresh memory; with {@code eachLineAlone} every line gets a
     * fresh memory too (the no-memory baseline).
     */
    public static Score evaluate(List<LabelledStoryboard> boards, Supplier<MemoryCore> memories,
            boolean eachLineAlone) {
        SceneLexicon lexicon = SceneLexicon.bundled();
        int[] hits = new int[ATTRIBUTES.size()];
        int lines = 0;
        List<String> misses = new ArrayList<>();
        for (LabelledStoryboard board : boards) {
            MemoryCore memory = memories.get();
            for (int t = 0; t < board.lines().size(); t++) {
                ScenePlan gold = board.lines().get(t);
                if (eachLineAlone && t > 0) memory = memories.get();
                int at = eachLineAlone ? 0 : t;
                ScenePlan got = memory.step(at, gold.text(), lexicon.read(gold.text()));
                boolean[] ok = {got.setting() == gold.setting(), got.water() == gold.water(),
                    got.timeOfDay() == gold.timeOfDay(), got.weather() == gold.weather(),
                    got.subjects().equals(gold.subjects()), got.camera() == gold.camera()};
                lines++;
                for (int a = 0; a < ok.length; a++) {
                    if (ok[a]) {
                        hits[a]++;
                    } else {
                        misses.add(board.name() + ":" + (t + 1) + " " + ATTRIBUTES.get(a)
                                + " expected " + value(gold, a) + " got " + value(got, a)
                                + "  | " + gold.text());
                    }
                }
            }
        }
        return new Score(hits, lines, misses);
    }

    private static String value(ScenePlan p, int a) {
        return switch (a) {
            case 0 -> p.setting().id();
            case 1 -> p.water().id();
            case 2 -> p.timeOfDay().id();
            case 3 -> p.weather().id();
            case 4 -> p.subjects().stream().map(s -> s.id()).toList().toString();
            default -> p.camera().id();
        };
    }
}
