package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * Whether a verb of ending after a weather or sky word ends it ("the fog lifts", 雨停了), or
 * says it goes on: a denied ending (雾还没散, "the fog has not lifted yet") keeps the weather
 * there, and a stop word used as a noun ("snow falls across the pass") ends nothing.
 */
final class WeatherStop {
    /** What the words after a weather word say of it. */
    enum Said { NOTHING, ENDS, HOLDS }

    /** Words that deny the ending that follows them. */
    private static final Set<String> DENIALS = Set.of("not", "never", "n't", "hasn't",
            "haven't", "won't", "doesn't", "don't", "isn't", "没", "没有", "还没", "还没有", "未",
            "尚未", "不", "不肯", "迟迟不", "久久不");
    /** Words after which a stop word is a noun: "the pass", "a break". */
    private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "this", "that",
            "its", "their", "mountain", "high");
    /** Words a clause may hold between the weather word and its verb. */
    private static final int REACH = 4;

    private WeatherStop() {}

    /** Words before a weather that put it in the past: "after the storm", "the last clouds". */
    private static final Set<String> PAST_BEFORE = Set.of("after", "last");
    /** Words after a weather that put it in the past: 暴风雨过后, 雨后. */
    private static final Set<String> PAST_AFTER = Set.of("过后", "之后", "后");

    /** What the verbs within reach after word {@code i} say of the weather it names. */
    static Said after(List<Word> words, int i) {
        if (past(words, i)) return Said.ENDS;
        // "The storm breaks": a storm that breaks begins (a fog or cloud that breaks ends).
        boolean storm = Catalog.normalize(words.get(i).text()).contains("storm");
        boolean denied = false;
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + REACH); k++) {
            Word a = words.get(k);
            if (a.pos() == PartOfSpeech.PUNCTUATION) return bareStop(words, k);
            String t = ReaderWords.verbCore(Catalog.normalize(a.text()));
            if (DENIALS.contains(t) || t.startsWith("还没") || t.startsWith("没")) denied = true;
            if (storm && a.lemma().equals("break")) return Said.NOTHING;
            // 雨住了, 风停雪住: 住 right after the weather is its stopping (elsewhere, to live).
            if (k == i + 1 && t.startsWith("住") && t.codePointAt(0) >= 0x2E80) {
                return denied || awaited(words, i) ? Said.HOLDS : Said.ENDS;
            }
            if ((stop(a, t) || phrasal(words, k)) && !noun(words, k)) {
                return denied || awaited(words, i) ? Said.HOLDS : Said.ENDS;
            }
        }
        // 雨下了一整夜,天亮时终于停了: the clause goes on past reach; its end may be followed by
        // a bare clause that stops it.
        for (int k = i + 1 + REACH; k < words.size(); k++) {
            if (words.get(k).pos() == PartOfSpeech.PUNCTUATION) return bareStop(words, k);
        }
        return Said.NOTHING;
    }

    /** Commas after which a clause may go on about the same weather. */
    private static final Set<String> COMMAS = Set.of(",", "，", "、");
    /** Words that make what they follow a time (天亮时, 中午的时候). */
    private static final Set<String> WHEN = Set.of("时", "时候", "的时候");
    /** Parts of speech a bare clause holds before its verb: 早上|终于|慢慢 停了. */
    private static final Set<PartOfSpeech> BARE = Set.of(PartOfSpeech.TIME,
            PartOfSpeech.ADVERB, PartOfSpeech.FUNCTION, PartOfSpeech.NUMBER,
            PartOfSpeech.MEASURE);

    /**
     * 下了一夜的雪,早上停了: a clause after the comma {@code comma} that names nothing but a
     * time before its stop verb stops the weather of the clause before.
     */
    private static Said bareStop(List<Word> words, int comma) {
        if (!COMMAS.contains(Catalog.normalize(words.get(comma).text()))) return Said.NOTHING;
        boolean denied = false;
        for (int k = comma + 1; k < Math.min(words.size(), comma + 1 + REACH); k++) {
            Word a = words.get(k);
            String t = ReaderWords.verbCore(Catalog.normalize(a.text()));
            if (DENIALS.contains(t) || t.startsWith("还没") || t.startsWith("没")) denied = true;
            if (stop(a, t) && t.codePointAt(0) >= 0x2E80) return denied ? Said.HOLDS : Said.ENDS;
            if (!BARE.contains(a.pos()) && !DENIALS.contains(t) && !WHEN.contains(t)
                    && !(k + 1 < words.size() && WHEN.contains(
                            Catalog.normalize(words.get(k + 1).text())))) {
                return nextClause(words, comma);
            }
        }
        return Said.NOTHING;
    }

    /** What names a doer of its own in a clause: then the clause is not about the weather. */
    private static final Set<PartOfSpeech> DOERS = Set.of(PartOfSpeech.NOUN,
            PartOfSpeech.PLACE, PartOfSpeech.PRONOUN, PartOfSpeech.IDIOM);

    /**
     * 雨来得快,去得也快,十几分钟就停了: a clause with no noun of its own (去得也快) still
     * speaks of the weather, so a bare stop in the clause after it stops that weather too.
     */
    private static Said nextClause(List<Word> words, int comma) {
        for (int k = comma + 1; k < words.size(); k++) {
            Word a = words.get(k);
            if (DOERS.contains(a.pos())) return Said.NOTHING;
            if (a.pos() == PartOfSpeech.PUNCTUATION) return bareStop(words, k);
        }
        return Said.NOTHING;
    }

    /** Verbs by which light pierces a fog or cloud ("breaks through", 驱散). */
    private static final Set<String> PIERCES = Set.of("break", "burst", "burn", "cut", "pierce", "stream",
            "驱散", "穿透", "冲破", "透过");
    /** Words for the light that does it. */
    private static final Set<String> LIGHT = Set.of("sun", "sunlight", "sunshine", "sunbeam",
            "sunbeams", "rays", "阳光", "太阳", "日光");

    /**
     * "Sunlight breaks through the mist", 阳光驱散了晨雾: the sun ends the weather named after
     * it in the clause (a boat cutting through the fog ends nothing).
     */
    static boolean dispelled(List<Word> words, int i) {
        boolean pierced = false;
        boolean from = false;
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = Catalog.normalize(b.text());
            if (PIERCES.contains(b.lemma()) || ReaderWords.gluedVerb(t, PIERCES)) {
                pierced = true;
            } else if (FROM.contains(t)) {
                from = true;
            } else if ((pierced || from) && (LIGHT.contains(t) || LIGHT.contains(b.lemma()))
                    || from && MOON.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "From" before a cloud that the sun or the moon comes out of (太阳从云层后面探出头来,
     * "the sun peeks out from behind the clouds"): the clouds break.
     */
    private static final Set<String> FROM = Set.of("从", "from");
    /** The moon, which comes out of clouds as the sun does (月亮从云缝里钻出来). */
    private static final Set<String> MOON = Set.of("月亮", "月", "明月", "moon");

    /** Words of waiting for what follows: 等雨停, 等沙尘过去, "wait for the storm to pass". */
    private static final Set<String> WAITS = Set.of("等", "等着", "等待", "wait", "await");

    /**
     * Whether the weather at {@code i} is waited on in its clause (等沙尘过去): the ending is
     * hoped for, not seen, so the weather holds. 等到雨停了 (once the rain had stopped) is not
     * waiting: it says the end came.
     */
    private static boolean awaited(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            if (WAITS.contains(Catalog.normalize(b.text())) || WAITS.contains(b.lemma())) return true;
        }
        return false;
    }

    /** "After the heavy rain", 暴风雨过后: a weather that is over by this line. */
    private static boolean past(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) break;
            if (PAST_BEFORE.contains(Catalog.normalize(b.text()))) return true;
        }
        return i + 1 < words.size()
                && PAST_AFTER.contains(Catalog.normalize(words.get(i + 1).text()));
    }

    private static boolean stop(Word a, String t) {
        if (ReaderWords.STOPS.contains(a.lemma()) || ReaderWords.STOPS.contains(t)) return true;
        // 慢慢散开, 就停了: the manner or aspect adverb glued before the verb says how it ends.
        t = ReaderWords.verbCore(t);
        if (ReaderWords.STOPS.contains(t)) return true;
        // Chinese verbs come glued to what follows or precedes them: 散去了, 还没散.
        for (String v : ReaderWords.STOPS) {
            if (!v.isEmpty() && v.codePointAt(0) >= 0x2E80 && (t.startsWith(v)
                    || t.startsWith("还没") && t.endsWith(v) || t.startsWith("没") && t.endsWith(v))) {
                return true;
            }
        }
        return false;
    }

    /** Reflexives a verb may hold before its particle ("has blown itself out"). */
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves");

    /**
     * "dies down", "has blown over", "has blown itself out": a verb and its particle, split
     * by the splitter, with a reflexive between them or not.
     */
    private static boolean phrasal(List<Word> words, int k) {
        int p = k + 1;
        if (p < words.size() && REFLEXIVES.contains(Catalog.normalize(words.get(p).text()))) p++;
        return p < words.size() && ReaderWords.STOPS.contains(words.get(k).lemma() + " "
                + Catalog.normalize(words.get(p).text()));
    }

    private static boolean noun(List<Word> words, int k) {
        return k > 0 && NOUN_BEFORE.contains(Catalog.normalize(words.get(k - 1).text()));
    }
}
