package dev.longshot.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a work in book-title marks (古装剧《江湖夜雨》, 《西游记》) names the work, not
 * the scene: its 夜 and 雨 set no night and no rain.
 */
final class Titles {
    private static final Pattern TITLE = Pattern.compile("\u300A([^\u300B]*)\u300B?");

    private Titles() {}

    /** The titled spans of {@code line}. */
    static List<Speech.Said> find(String line) {
        List<Speech.Said> out = new ArrayList<>();
        Matcher m = TITLE.matcher(line);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (!inner.isEmpty()) out.add(new Speech.Said(m.start(), m.end(), inner));
        }
        return out;
    }
}
