package dev.longshot.cli;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import dev.longshot.catalog.WordSplitter;
import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.MemoryCore;
import dev.longshot.memory.Planner;
import dev.longshot.memory.StMfaMemory;
import dev.longshot.memory.train.DrawnScore;
import dev.longshot.memory.train.KeyScore;
import dev.longshot.memory.train.LabelledStoryV2;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code eval-plan} on a {@code longshot-eval/2} set: the standard planner (the reader and the
 * carry-over rule) scored per plan/2 key, one row per directory given (dev and held-out
 * apart), plus the open-vocabulary figures; with {@code --ablation}, the learned memory
 * against the rule on the lines tagged {@code change}.
 */
final class EvalPlanV2 {
    private EvalPlanV2() {}

    /** A named part of the set (a directory). */
    record Part(String name, List<LabelledStoryV2> boards) {}

    /**
     * Each part, then its storyboards of each language as parts of their own: where a part
     * loses its lines, told in aggregates only (held-out lines stay unread).
     */
    static List<Part> byLanguage(List<Part> parts) {
        List<Part> out = new java.util.ArrayList<>();
        for (Part p : parts) {
            out.add(p);
            new java.util.TreeMap<>(p.boards().stream().collect(java.util.stream.Collectors
                    .groupingBy(b -> b.lang().isEmpty() ? "?" : b.lang())))
                    .forEach((lang, boards) -> out.add(new Part(p.name() + " " + lang, boards)));
        }
        return out;
    }

    static void run(List<Part> parts, boolean ablation, boolean misses, PrintWriter out) {
        out.printf("%-22s %5s", "part", "lines");
        for (String k : KeyScore.KEYS) out.printf(" %10s", k);
        out.printf(" %8s %8s %8s %8s %9s%n", "apx-rec", "apx-prec", "ns-rec", "ns-words",
                "dropped");
        List<KeyScore> scores = new java.util.ArrayList<>();
        for (Part p : parts) {
            KeyScore s = score(p, Planner::standardMemory);
            scores.add(s);
            List<String> dropped = dropped(p);
            out.printf("%-22s %5d", p.name(), s.lines());
            for (int i = 0; i < KeyScore.KEYS.size(); i++) out.printf(" %9.1f%%", 100 * s.accuracy(i));
            out.printf(" %7.1f%% %7.1f%% %7.1f%% %8d %9d%n", 100 * s.approximateRecall(),
                    100 * s.approximatePrecision(), 100 * s.notShownRecall(), s.notShownMade(),
                    dropped.size());
            if (misses) {
                s.misses().forEach(m -> out.println("  " + m));
                dropped.forEach(m -> out.println("  dropped silently: " + m));
            }
        }
        out.println("apx-rec: labelled approximate words shown as the labelled entry; apx-prec: "
                + "approximations that match a label; ns-rec: labelled not-shown words reported; "
                + "ns-words: words the plans report not shown; "
                + "dropped: content words in none of said/approximated/notShown");
        details(parts, scores, out);
        if (ablation) ablation(parts, out);
        out.flush();
    }

    /** Where the subjects and things keys lose their lines. */
    private static void details(List<Part> parts, List<KeyScore> scores, PrintWriter out) {
        out.println();
        out.printf("%-22s %8s %8s %8s %9s %8s %8s %8s %8s%n", "part", "subj-id", "subj-miss",
                "subj-xtra", "matched", "count", "action", "thg-miss", "thg-xtra");
        for (int i = 0; i < parts.size(); i++) {
            KeyScore s = scores.get(i);
            out.printf("%-22s %7.1f%% %8.1f%% %8.1f%% %9d %7.1f%% %7.1f%% %7.1f%% %7.1f%%%n",
                    parts.get(i).name(), 100 * s.subjectIdAccuracy(),
                    100 * s.subjectMissingRate(), 100 * s.subjectExtraRate(),
                    s.subjectsMatched(), 100 * s.countAccuracy(), 100 * s.actionAccuracy(),
                    100 * s.thingMissingRate(), 100 * s.thingExtraRate());
        }
        out.printf("%n%-22s %10s %10s %10s %10s%n", "part", "xtra-kept", "xtra-new",
                "miss-drop", "miss-unread");
        for (int i = 0; i < parts.size(); i++) {
            KeyScore s = scores.get(i);
            out.printf("%-22s %9.1f%% %9.1f%% %9.1f%% %9.1f%%%n", parts.get(i).name(),
                    100 * s.subjectExtraKeptRate(), 100 * s.subjectExtraNewRate(),
                    100 * s.subjectMissingDroppedRate(), 100 * s.subjectMissingUnreadRate());
        }
        out.println("xtra-kept/xtra-new: lines with an extra subject the plan had on the line "
                + "before / new on this line; miss-drop/miss-unread: lines missing a labelled "
                + "subject the plan had on the line before / did not have");
        out.println("subj-id: lines with the right subject ids; subj-miss/subj-xtra: lines with a "
                + "labelled subject missing / a subject the label lacks; count, action: of the "
                + "labelled subjects the plan has (matched), those with the labelled count / "
                + "action; thg-miss/thg-xtra: the same for things");
    }

    /** Content words of the part's lines that the reader put nowhere (should be none). */
    private static List<String> dropped(Part p) {
        WordSplitter splitter = new WordSplitter(Catalog.bundled());
        List<String> out = new java.util.ArrayList<>();
        for (LabelledStoryV2 b : p.boards()) {
            for (int i = 0; i < b.lines().size(); i++) {
                String text = b.lines().get(i).text();
                List<String> words = splitter.contentWords(text).stream().map(Word::text)
                        .toList();
                for (String w : StoryReader.bundled().reading(text).unaccounted(words)) {
                    out.add(b.name() + ":" + (i + 1) + " '" + w + "'");
                }
            }
        }
        return out;
    }

    private static KeyScore score(Part p, Supplier<MemoryCore> memory) {
        KeyScore s = new KeyScore();
        for (LabelledStoryV2 b : p.boards()) {
            List<ScenePlan> plans = new Planner(b.storyboard(), StoryReader.bundled(),
                    memory.get()).planAll();
            s.newStory();
            for (int i = 0; i < plans.size(); i++) {
                s.add(b.name() + ":" + (i + 1), b.lines().get(i), plans.get(i));
            }
        }
        return s;
    }

    private static void ablation(List<Part> parts, PrintWriter out) {
        out.println();
        out.println("ablation on lines tagged 'change' (old-vocabulary decisions, labels "
                + "mapped through the catalog's fallbacks)");
        out.printf("%-22s %-24s %5s", "part", "memory", "lines");
        for (String k : DrawnScore.KEYS) out.printf(" %10s", k);
        out.println();
        for (Part p : parts) {
            row(out, p, "carry-over rule", CarryOverMemory::new);
            row(out, p, "learned ST-MFA", StMfaMemory::bundled);
        }
    }

    private static void row(PrintWriter out, Part p, String name, Supplier<MemoryCore> memory) {
        DrawnScore s = new DrawnScore();
        for (LabelledStoryV2 b : p.boards()) {
            List<ScenePlan> plans = new Planner(b.storyboard(), StoryReader.bundled(),
                    memory.get()).planAll();
            for (int i = 0; i < plans.size(); i++) {
                if (b.lines().get(i).tagged("change")) s.add(b.lines().get(i), plans.get(i));
            }
        }
        out.printf("%-22s %-24s %5d", p.name(), name, s.lines());
        for (int i = 0; i < DrawnScore.KEYS.size(); i++) out.printf(" %9.1f%%", 100 * s.accuracy(i));
        out.println();
    }
}
