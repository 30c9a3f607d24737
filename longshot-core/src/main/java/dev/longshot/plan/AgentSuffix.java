package dev.longshot.plan;

import java.util.Map;

/**
 * Chinese names people by what they do or are with a last character that means "one who":
 * 轿夫, 船夫, 铁匠, 小贩, 渔民, 游客, 新娘, 新郎, 老汉, 渔翁, 农妇, 书童, and a column of them is a
 * 队伍. A word of two or three characters ending so, that no entry or listed kind names, is
 * a person (a 童 a child).
 */
final class AgentSuffix {
    /** The last characters and the entry each makes. */
    private static final Map<Character, String> SUFFIX = Map.ofEntries(
            Map.entry('夫', "person"), Map.entry('匠', "person"), Map.entry('贩', "person"),
            Map.entry('民', "person"), Map.entry('客', "person"), Map.entry('娘', "person"),
            Map.entry('郎', "person"), Map.entry('汉', "person"), Map.entry('翁', "person"),
            Map.entry('妇', "person"), Map.entry('婆', "person"), Map.entry('丁', "person"),
            Map.entry('工', "person"), Map.entry('倌', "person"), Map.entry('童', "child"));
    /** Words so ending that name no one (功夫 is a skill, 人民 a people, 化工 an industry). */
    private static final java.util.Set<String> NOT_PEOPLE = java.util.Set.of("功夫", "工夫",
            "大夫人", "人民", "居民区", "化工", "手工", "人工", "加工", "施工", "打工", "员工",
            "车工", "开工", "完工", "动工", "罢工", "上工", "下工", "分工", "做工", "义工",
            "请客", "做客", "好客", "作客", "姑娘们", "新郎官");

    private AgentSuffix() {}

    /** The entry a Chinese word names by its agent ending, or null. */
    static String of(String word) {
        int n = word.codePointCount(0, word.length());
        if (n < 2 || n > 3 || NOT_PEOPLE.contains(word)) return null;
        if (!word.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN)) {
            return null;
        }
        if (word.endsWith("队伍")) return "person";
        return SUFFIX.get(word.charAt(word.length() - 1));
    }
}
