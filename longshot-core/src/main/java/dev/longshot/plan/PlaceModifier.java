package dev.longshot.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place that only says where the next place lies: in 长江边的武汉, 黄河岸边的小城 or 泰山脚下的
 * 小村子 the river or the mountain is by the town, and the town (the head of the phrase) is
 * where the story is. The river still gives the water.
 */
final class PlaceModifier {
    /** What stands between a modifying place and its head: (边|畔|脚下|里…)的. */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s*(?:边|畔|旁|旁边|边上|岸边|沿岸|脚下|山脚下|之滨|江畔|河畔|里|中|上|下|边缘|附近"
                    + "|一带|深处)?\\s*的\\s*");
    /** Short words between 的 and a head that is a kind of place (一个小, 古老). */
    private static final int MAX_BEFORE_HEAD = 4;
    private static final int MAX_HEAD = 4;

    private PlaceModifier() {}

    /**
     * The places of {@code found} that modify the place named after them: another named place,
     * or a word naming another setting, {@code setting} giving the setting a word names.
     */
    static Set<Places.Found> modifiers(String line, List<Places.Found> found,
            Function<String, String> setting) {
        Set<Places.Found> out = new HashSet<>();
        for (int k = 0; k < found.size(); k++) {
            Places.Found a = found.get(k);
            Places.Found b = k + 1 < found.size() ? found.get(k + 1) : null;
            if (b != null && b.start() >= a.end()
                    && BETWEEN.matcher(line.substring(a.end(), b.start())).matches()) {
                out.add(a);
            } else if (settingAfter(line, a.end(), b == null ? line.length() : b.start(),
                    w -> other(setting.apply(w), a.place().setting()))) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether a locative, 的 and a few words lead from {@code from} to a setting word. */
    private static boolean settingAfter(String line, int from, int to,
            Predicate<String> setting) {
        Matcher m = BETWEEN.matcher(line).region(from, to);
        if (!m.lookingAt()) return false;
        int head = m.end();
        for (int at = head; at <= head + MAX_BEFORE_HEAD && at < to; at++) {
            if (!han(line.charAt(at))) return false;
            for (int n = Math.min(MAX_HEAD, to - at); n >= 2; n--) {
                if (setting.test(line.substring(at, at + n))) return true;
            }
        }
        return false;
    }

    /** 京城的城墙: a part of the same place is no other place for the name to stand by. */
    private static boolean other(String id, String own) {
        return id != null && !id.equals(own);
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
