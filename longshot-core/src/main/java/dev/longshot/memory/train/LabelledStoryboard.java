package dev.longshot.memory.train;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A storyboard with the plan a person expects for each second. Text format, one second per
 * line: {@code text TAB setting TAB water TAB timeOfDay TAB weather TAB subjects TAB camera};
 * subjects comma-separated or {@code -}; blank lines and {@code #} comments are skipped.
 */
public record LabelledStoryboard(String name, List<ScenePlan> lines) {
    public static LabelledStoryboard parse(String name, String content) {
        List<ScenePlan> out = new ArrayList<>();
        String[] rows = content.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) continue;
            String[] c = rows[i].replace("\r", "").split("\t");
            String where = name + ":" + (i + 1) + ": ";
            if (c.length != 7) throw new IllegalArgumentException(where + "expected 7 tab-separated columns, got " + c.length);
            try {
                EnumSet<Subject> subjects = EnumSet.noneOf(Subject.class);
                if (!c[5].strip().equals("-")) {
                    for (String s : c[5].split(",")) subjects.add(Subject.fromId(s.strip()));
                }
                out.add(new ScenePlan(out.size(), c[0].strip(), Setting.fromId(c[1].strip()),
                        Water.fromId(c[2].strip()), TimeOfDay.fromId(c[3].strip()),
                        Weather.fromId(c[4].strip()), subjects, CameraMove.fromId(c[6].strip()),
                        List.of(), 0));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException(name + ": no labelled lines");
        return new LabelledStoryboard(name, out);
    }
}
