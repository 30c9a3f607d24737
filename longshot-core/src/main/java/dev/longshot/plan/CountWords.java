package dev.longshot.plan;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers and quantity words to the contract's counts, the way people write them: "two" and
 * "a pair" and 三头 are few; "seven", "a dozen", 二十, 几十 and "5" a group; "hundreds", 上百,
 * 成千上万 and "200" many ("one" and 一只 stay with the reader's words for one).
 */
final class CountWords {
    private CountWords() {}

    private static final Set<String> FEW = Set.of("two", "three", "four", "couple", "pair",
            "few", "several", "handful", "both", "twin", "twins", "一对", "一双", "俩", "两人",
            "二人", "三人", "两位", "几人", "数只", "数头");
    private static final Set<String> GROUP = Set.of("five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
            "dozen", "dozens", "score", "numerous", "lots", "plenty", "bunch", "gaggle",
            "bevy", "crowd of");
    private static final Set<String> MANY = Set.of("hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "scores", "countless", "innumerable", "myriad",
            "legions", "masses", "throngs", "swarms");
    /** Chinese numerals before an optional measure word: 三头, 五六只, 几十, 二十多个. */
    private static final Pattern ZH_FEW = Pattern.compile(
            "^(两|二|三|四|几|数|两三|三四|三两)(只|头|匹|个|位|名|条|艘|棵|座|辆|架|群|人|口)?$");
    private static final Pattern ZH_GROUP = Pattern.compile(
            "^(五|六|七|八|九|十|十几|几十|数十|二十|三十|四十|五十|五六|七八|十多|二十多|"
            + "一二十|好几十)(多)?(只|头|匹|个|位|名|条|艘|棵|座|辆|架|人|口)?$");
    private static final Pattern ZH_MANY = Pattern.compile(
            "^(几百|数百|上百|成百|一百|两百|几千|数千|上千|成千|一千|几万|数万|上万|成千上万|"
            + "成百上千|千千万万|百万)(多)?(只|头|匹|个|位|名|条|艘|人|口)?$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+\\+?$");

    /** The count {@code word} gives what it counts, or null when it is no count word. */
    static String of(String word) {
        if (FEW.contains(word) || ZH_FEW.matcher(word).matches()) return "few";
        if (GROUP.contains(word) || ZH_GROUP.matcher(word).matches()) return "group";
        if (MANY.contains(word) || ZH_MANY.matcher(word).matches()) return "many";
        if (DIGITS.matcher(word).matches()) {
            String n = word.replace("+", "");
            if (n.length() > 3) return "many";
            int v = Integer.parseInt(n);
            if (v == 1) return "one";
            return v <= 4 ? "few" : v < 100 ? "group" : "many";
        }
        return null;
    }
}
