package dev.longshot.plan;

import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A Chinese personal name the segmenter splits into single characters: a common surname and
 * a given name of one or two characters (李/青, 王/小/红), or 小/老/阿 and one character
 * (小/明, 老/王, 阿/明), doing something or joined to another doer (李青骑着马, 李青和小明走进
 * 院子). A surname before a title (王/大爷, 张/师傅) is the title's person, said by name.
 */
final class ChineseNames {
    /**
     * Common surnames that are rarely a word of their own in a storyboard (马 horse, 林
     * forest, 江 river, 白 white, 高 tall, 雷 thunder and the like are left out).
     */
    private static final Set<String> SURNAMES = Set.of(("王 李 张 刘 陈 杨 赵 周 吴 徐 孙 朱 胡 "
            + "郭 何 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 董 袁 潘 蒋 蔡 杜 魏 吕 苏 沈 姚 "
            + "卢 姜 崔 钟 谭 陆 汪 范 廖 贾 韦 邹 孟 秦 邱 尹 薛 闫 段 侯 陶 黎 贺 顾 郝 龚 邵 "
            + "覃 戴 孔 欧阳 诸葛 司马 上官").split(" "));
    /** Prefixes of familiar names: 小明, 老王, 阿明. */
    private static final Set<String> FAMILIAR = Set.of("小", "老", "阿");
    /** Words after a name that make it the doer or one of the doers. */
    private static final Set<String> DOER_NEXT = Set.of("和", "跟", "与", "同", "在", "正", "也",
            "都", "又", "就", "把", "被", "说", "一起", "一边", "独自", "带着", "站", "坐", "走");
    /** Characters that are particles or measure words, never part of a given name. */
    private static final String NOT_NAME = "的了着过们个只头匹条在和与跟是有也都又就把被说上下里";

    private ChineseNames() {}

    /**
     * How many words from {@code i} spell a name of someone doing something (0 when none):
     * the surname or familiar prefix and the given name, none of whose characters is a word
     * the reader {@code known}s (小/船 is a small boat).
     */
    static int nameAt(List<Word> words, int i, Predicate<String> known) {
        String first = words.get(i).text();
        boolean surname = SURNAMES.contains(first);
        if (!surname && !FAMILIAR.contains(first)) return 0;
        // 一张纸, 几段路: after a number the character is a measure word, not a surname.
        if (i > 0 && (words.get(i - 1).pos() == PartOfSpeech.NUMBER
                || words.get(i - 1).text().matches(".*[0-9一二两三四五六七八九十几百千万]"))) {
            return 0;
        }
        int maxGiven = surname ? 2 : 1;
        int n = 0;
        while (n < maxGiven && i + 1 + n < words.size() && contiguous(words, i + n)
                && givenChar(words.get(i + 1 + n)) && !known.test(words.get(i + 1 + n).text())) {
            n++;
        }
        if (n == 0) return 0;
        int after = i + 1 + n;
        if (after >= words.size()) return 0;
        Word next = words.get(after);
        boolean doer = next.pos() == PartOfSpeech.VERB || DOER_NEXT.contains(next.text())
                || next.pos() == PartOfSpeech.ADVERB && han(next.text());
        return doer ? n + 1 : 0;
    }

    /** Whether a surname at {@code i} stands right before a word for a person (王大爷). */
    static boolean surnameOfTitle(List<Word> words, int i) {
        return SURNAMES.contains(words.get(i).text()) && i + 1 < words.size()
                && contiguous(words, i) && ReaderWords.PEOPLE.contains(words.get(i + 1).text());
    }

    private static boolean givenChar(Word w) {
        String t = w.text();
        return t.codePointCount(0, t.length()) == 1 && han(t) && NOT_NAME.indexOf(t.charAt(0)) < 0
                && w.pos() != PartOfSpeech.PUNCTUATION && w.pos() != PartOfSpeech.VERB
                && w.pos() != PartOfSpeech.NUMBER && w.pos() != PartOfSpeech.MEASURE;
    }

    private static boolean contiguous(List<Word> words, int k) {
        return words.get(k).end() == words.get(k + 1).start();
    }

    private static boolean han(String t) {
        return !t.isEmpty() && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN);
    }
}
