package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sky as the subject of a one-character predicate, the way Chinese says the light and
 * weather turn: 天阴了, 天又阴了, 天慢慢黑了, 天渐渐亮了, 天色终于晴了, 天很蓝, 天气真好. The segmenter
 * splits 天 from its predicate, and adverbs often stand between them, so neither is a phrasing
 * on its own. A denial among the adverbs (天还没黑) says the turn has not happened; 快 says it
 * is about to (天快黑了 is dusk, not yet night).
 */
final class SkyTurn {
    /** Words for the sky as a subject. */
    private static final Set<String> SKY = Set.of("天", "天色", "天空", "天气");
    /** Each predicate and the catalog phrasing it means once joined to the sky. */
    private static final Map<String, String> MEANS = Map.of(
            "阴", "阴天", "晴", "晴", "黑", "天黑", "亮", "天亮", "蓝", "蓝天");
    /** Predicates only the weather takes (天气真好; 天真 is another word). */
    private static final Map<String, String> FAIR = Map.of("好", "晴", "不错", "晴", "很好", "晴");
    /** Words that say the turn is about to come. */
    private static final Set<String> SOON = Set.of("快", "快要", "就要", "将要");
    /** What may trail the predicate in the same word: 黑了, 阴下来, 亮起来, 阴沉, 黑透. */
    private static final String TRAIL = "了下来起沉透";
    /** Adverbs the tagger may not mark as such. */
    private static final Set<String> ADVERBS = Set.of("又", "也", "都", "就", "已", "已经", "渐渐",
            "慢慢", "逐渐", "开始", "快", "终于", "突然", "一下子", "越来越", "完全", "彻底", "很快",
            "马上", "立刻", "早", "早就", "慢慢地", "渐渐地", "忽然", "竟然", "居然", "眼看", "很", "真", "特别",
            "非常", "好", "这么", "那么", "格外", "转", "转为", "变", "变得");
    /** Words that deny the turn after them. */
    private static final Set<String> DENIALS = Set.of("没", "没有", "还没", "还没有", "未", "不",
            "尚未");
    /** Words before 天 that make it a count of days or part of another word (三天, 几天). */
    private static final String NUMERALS = "0123456789一二两三四五六七八九十百几半每整前后昨今明当";
    /** Adverbs allowed between the sky and its predicate. */
    private static final int REACH = 3;

    private SkyTurn() {}

    /** The index of the predicate the sky word at {@code i} takes, or -1 when none. */
    static int predicateAt(List<Word> words, int i) {
        if (!SKY.contains(Catalog.normalize(words.get(i).text()))) return -1;
        if (i > 0) {
            String before = words.get(i - 1).text();
            if (words.get(i - 1).end() == words.get(i).start() && !before.isEmpty()
                    && NUMERALS.indexOf(before.charAt(before.length() - 1)) >= 0) {
                return -1;
            }
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 2 + REACH); k++) {
            Word a = words.get(k);
            String t = Catalog.normalize(a.text());
            if (meaning(words, i, k) != null) {
                // 天还亮着: still light, no turn.
                boolean lasting = k + 1 < words.size()
                        && Catalog.normalize(words.get(k + 1).text()).equals("着");
                return lasting ? -1 : k;
            }
            if (DENIALS.contains(t) || t.startsWith("没") || t.startsWith("还没")) return -1;
            boolean adverb = ADVERBS.contains(t) || SOON.contains(t) || a.pos() == PartOfSpeech.ADVERB
                    && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN);
            if (!adverb) return -1;
        }
        return -1;
    }

    /**
     * The catalog phrasing the predicate at {@code k} means after the sky word at {@code sky}
     * (阴了 → 阴天, 快黑了 → 黄昏), or null.
     */
    static String meaning(List<Word> words, int sky, int k) {
        String t = Catalog.normalize(words.get(k).text());
        int end = t.length();
        while (end > 1 && TRAIL.indexOf(t.charAt(end - 1)) >= 0) end--;
        String head = t.substring(0, end);
        boolean weather = Catalog.normalize(words.get(sky).text()).equals("天气");
        String means = weather ? FAIR.get(head) : null;
        if (means == null) means = MEANS.get(head);
        if (means == null) return null;
        boolean soon = false;
        for (int a = sky + 1; a < k; a++) {
            soon |= SOON.contains(Catalog.normalize(words.get(a).text()));
        }
        if (!soon) return means;
        // 天快黑了: dusk; about to clear or cloud over, the weather has not turned yet.
        return means.equals("天黑") ? "黄昏" : null;
    }
}
