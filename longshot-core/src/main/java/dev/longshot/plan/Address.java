package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A narrator turning to the audience (你看, 大家看, 同学们请看) points at what is shown; the
 * "you" addressed is not on screen.
 */
final class Address {
    private static final Set<String> YOU = Set.of("你", "你们", "大家", "同学们");
    private static final Set<String> LOOK = Set.of("看", "瞧", "请看", "快看", "看哪");

    private Address() {}

    /**
     * The index of the look verb when word {@code i} is the "you" of a look-here clause that
     * ends after that verb (你看, 大家请看), or -1.
     */
    static int lookHere(List<Word> words, int i) {
        if (!YOU.contains(Catalog.normalize(words.get(i).text()))) return -1;
        int k = i + 1;
        if (k < words.size() && Catalog.normalize(words.get(k).text()).equals("请")) k++;
        if (k >= words.size() || !LOOK.contains(Catalog.normalize(words.get(k).text()))) {
            return -1;
        }
        boolean ends = k + 1 == words.size()
                || words.get(k + 1).pos() == PartOfSpeech.PUNCTUATION;
        return ends ? k : -1;
    }
}
