package dev.longshot.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question put to the audience is asked, not shown: a lesson's "Why do reefs need clear,
 * warm water?" or 为什么天空是蓝色的？ pictures nothing, so its words move no scene. Only
 * questions of why: "What's that in the water?" may point at something on screen.
 */
final class Question {
    private static final Pattern WHY = Pattern.compile(
            "(?i)\\b(?:why|how come)\\b[^.!?\u3002\uFF01\uFF1F]*\\?|为什么[^.!?\u3002\uFF01\uFF1F]*[?\uFF1F]");

    private Question() {}

    /** The spans of {@code line} that ask why, with their words. */
    static List<Speech.Said> find(String line) {
        List<Speech.Said> out = new ArrayList<>();
        Matcher m = WHY.matcher(line);
        while (m.find()) out.add(new Speech.Said(m.start(), m.end(), m.group().strip()));
        return out;
    }
}
