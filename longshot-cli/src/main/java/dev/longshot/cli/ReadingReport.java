package dev.longshot.cli;

import dev.longshot.memory.Planner;
import dev.longshot.plan.Approximation;
import dev.longshot.plan.LineReading;
import dev.longshot.plan.NotShownWord;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader could not show as written, by line: the compact block {@code plan},
 * {@code generate} and {@code contact-sheet} print before they render, and the checks that
 * refuse a storyboard ({@code --strict}: any word not shown; always: no line understood).
 * Words are judged on the plan of the line's first second, the plan that renders: "the water"
 * is shown on a lake and not shown in a desert.
 */
final class ReadingReport {
    private final Storyboard storyboard;
    private final List<LineReading> readings = new ArrayList<>();
    private final List<Reported> plans = new ArrayList<>();

    /** What one line's plan approximated and did not show. */
    private record Reported(List<Approximation> approximated, List<NotShownWord> notShown) {}

    /** Reads every line of {@code storyboard} once and plans it with the standard planner. */
    ReadingReport(Storyboard storyboard, StoryReader reader) {
        this.storyboard = storyboard;
        for (StoryLine line : storyboard.lines()) readings.add(reader.reading(line.text()));
        // The memory must see every second, in order; a line is judged on its first.
        Planner planner = Planner.standard(storyboard);
        java.util.Map<StoryLine, PlanKeys> first = new java.util.IdentityHashMap<>();
        for (int t = 0; t < storyboard.totalSeconds(); t++) {
            PlanKeys k = planner.plan(t).keys();
            first.putIfAbsent(storyboard.lineAt(t), k);
        }
        for (int i = 0; i < readings.size(); i++) {
            // A line of no seconds has no plan: its own reading is all there is.
            PlanKeys k = first.get(storyboard.lines().get(i));
            LineReading r = readings.get(i);
            plans.add(k != null ? new Reported(k.approximated(), k.notShown())
                    : new Reported(r.approximated(), r.notShown()));
        }
    }

    /**
     * Refuses the storyboard when no line is understood at all or, when {@code strict}, when
     * any content word is not shown; the message lists each with {@code file:line}.
     */
    void check(boolean strict) {
        if (readings.stream().noneMatch(LineReading::understood)) {
            throw new UserError(storyboard.source() + ": no line names anything longshot can "
                    + "show (see `longshot catalog` for the words it knows)");
        }
        if (!strict) return;
        StringBuilder s = new StringBuilder();
        int count = 0;
        for (int i = 0; i < readings.size(); i++) {
            for (NotShownWord n : plans.get(i).notShown()) {
                count++;
                s.append(System.lineSeparator()).append(where(i)).append(": '").append(n.said())
                        .append("' is not shown (").append(n.why()).append(')');
            }
        }
        if (count > 0) {
            throw new UserError("--strict: " + count + " word" + (count == 1 ? "" : "s")
                    + " would not be shown:" + s);
        }
    }

    /** Prints one line per storyboard line that has anything approximated or not shown. */
    void print(PrintWriter out) {
        boolean any = false;
        for (int i = 0; i < readings.size(); i++) {
            Reported r = plans.get(i);
            if (r.approximated().isEmpty() && r.notShown().isEmpty()) continue;
            if (!any) out.println("words shown approximately (~) or not shown (-):");
            any = true;
            StringBuilder s = new StringBuilder("  ").append(where(i)).append(':');
            for (Approximation a : r.approximated()) {
                s.append(" ~").append(a.said()).append("→").append(a.shownAs());
            }
            for (NotShownWord n : r.notShown()) s.append(" -").append(n.said());
            out.println(s);
        }
        out.flush();
    }

    private String where(int line) {
        return storyboard.source() + ":" + storyboard.lines().get(line).sourceLine();
    }
}
