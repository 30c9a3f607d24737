package dev.longshot.plan;

import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The head of a Chinese noun phrase is its last noun: 渔村码头 is a harbour, 海边的小渔村 a
 * village, 雪山脚下的牧场 a pasture. A place said before another, joined to it directly or by a
 * locative and 的 (边的, 脚下的, 旁的, 里的), only says where the other lies: it gives the land
 * or water around, not the setting.
 */
final class ChinesePlaceHead {
    /** Locatives that place what follows by the place before them (山脚下的, 海边的, 沙漠里的). */
    private static final Set<String> LOCATIVES = Set.of("边", "旁", "旁边", "边上", "脚下",
            "下", "里", "中", "上", "畔", "岸边", "沿岸", "边缘", "附近", "一带", "深处", "之中",
            "之滨", "外", "内", "前");
    /** How many short words may stand between 的 and the head (一个, 小, 古老). */
    private static final int MAX_BETWEEN = 3;

    private ChinesePlaceHead() {}

    /**
     * Whether the Chinese word {@code i}, naming the setting {@code own}, only says where a word
     * after it naming another setting lies, {@code setting} giving the setting a word names.
     */
    static boolean modifier(List<Word> words, int i, String own,
            Function<Word, String> setting) {
        Word self = words.get(i);
        if (!han(self.text()) || i + 1 >= words.size()) return false;
        int j = i + 1;
        Word next = words.get(j);
        // 渔村码头, 小镇码头: written together, the last is the place.
        if (next.start() == self.end() && han(next.text()) && other(setting.apply(next), own)) {
            return true;
        }
        int end = self.end();
        while (j < words.size() && words.get(j).start() == end
                && LOCATIVES.contains(words.get(j).text())) {
            end = words.get(j).end();
            j++;
        }
        if (j >= words.size() || words.get(j).start() != end) return false;
        if (!words.get(j).text().equals("的")) {
            // 沙漠边缘小镇, as a heading writes it: the locative joins the head directly.
            Word w = words.get(j);
            return j > i + 1 && han(w.text()) && other(setting.apply(w), own);
        }
        end = words.get(j).end();
        j++;
        for (int k = 0; j < words.size() && k <= MAX_BETWEEN; k++, j++) {
            Word w = words.get(j);
            if (w.start() != end || !han(w.text())) return false;
            if (other(setting.apply(w), own)) return true;
            end = w.end();
        }
        return false;
    }

    /** 古镇的老街: a part of the same place is no other place. */
    private static boolean other(String id, String own) {
        return id != null && !id.equals(own);
    }

    private static boolean han(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0))
                == Character.UnicodeScript.HAN;
    }
}
