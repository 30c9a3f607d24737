package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A narrating "we" that only travels ("we reach Santorini", "we go up Elephant Mountain",
 * 我们从敦煌出发去鸣沙山) tells where the story goes; it is not on screen. A "we" that does
 * something there ("We board a raft", 我们点起篝火) is.
 */
final class Narration {
    /** Verbs of going somewhere, as lemmas or Chinese words, besides {@link ReaderWords#TRAVEL}. */
    private static final Set<String> GOING = Set.of("go", "set", "leave", "return", "drive",
            "fly", "sail", "get", "make", "cross", "pull", "park", "pass", "turn", "出发", "动身",
            "启程", "出发去", "开车去", "坐车去");
    /** Words of a clause a narrator's verb is looked for in. */
    private static final int REACH = 6;

    private Narration() {}

    /**
     * The index of the narrator's verb of travel after word {@code i} when the narrator only
     * travels in its clause, or -1.
     */
    static int travelVerb(List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + REACH); k++) {
            Word w = words.get(k);
            if (w.pos() == PartOfSpeech.PUNCTUATION) return -1;
            String t = Catalog.normalize(w.text());
            if (ReaderWords.TRAVEL.contains(t) || ReaderWords.TRAVEL.contains(w.lemma())
                    || GOING.contains(t) || GOING.contains(w.lemma())
                    || goingPhrasal(w.lemma())) {
                return k;
            }
            if (ActionWords.action(words, k) != null) return -1;
        }
        return -1;
    }

    /** Particles that make a phrasal verb of going: "pull out", "set off", "drive on". */
    private static final Set<String> AWAY = Set.of("out", "off", "over", "away", "on", "in",
            "back");

    /** Whether a phrasal verb (one word to the splitter) is a verb of going by its parts. */
    private static boolean goingPhrasal(String lemma) {
        String[] parts = lemma.split(" ");
        return parts.length == 2 && GOING.contains(parts[0]) && AWAY.contains(parts[1]);
    }

    /** Chinese prepositions before 我们 that make it the one faced or approached. */
    private static final Set<String> FACING = Set.of("冲", "冲着", "朝", "朝着", "向", "向着",
            "对", "对着", "给");
    /** Conjunctions opening a clause of when something happens ("as we get closer"). */
    private static final Set<String> WHEN = Set.of("as", "when", "while", "until", "till");

    /**
     * Whether the narrator at {@code i} is only where the camera is: faced or approached
     * (一只小狗冲我们摇尾巴, 朝我们跑来), or in a clause that only times what someone else does
     * ("it slides into the water as we get closer") with no action of its own.
     */
    static boolean onlyTheCamera(List<Word> words, int i) {
        if (i == 0) return false;
        String key = Catalog.normalize(words.get(i).text());
        String before = Catalog.normalize(words.get(i - 1).text());
        if (Set.of("我们", "咱们").contains(key)) return FACING.contains(before);
        return key.equals("we") && WHEN.contains(before)
                && ActionWords.nextAction(words, i) == null;
    }

    /** Words the narrator names itself by. */
    private static final Set<String> NARRATOR = Set.of("we", "us", "我们", "咱们");

    /**
     * Whether {@code pronoun} ("it", "they") cannot be {@code named}, the people named by the
     * narrator's "we" on the line: "it" is never people, and "they" is not "we".
     */
    static boolean notTheNarrator(String pronoun, SubjectRef named) {
        if (named == null) return false;
        boolean narrator = NARRATOR.contains(Catalog.normalize(named.said().strip()));
        return narrator || pronoun.equals("it") && Set.of("person", "child", "crowd")
                .contains(named.id());
    }

    /** Words before an object "us" that make it the audience looked at or told. */
    private static final Set<String> TOWARDS = Set.of("at", "to");

    /**
     * Whether the "us" at {@code i} is the narrator as the one looked at or told ("a deer
     * stared at us", "an old man told us"): someone else's object, where the camera is, not
     * people on screen.
     */
    static boolean lookedAt(List<Word> words, int i) {
        if (i == 0 || !Catalog.normalize(words.get(i).text()).equals("us")) return false;
        Word b = words.get(i - 1);
        return TOWARDS.contains(Catalog.normalize(b.text())) || b.pos() == PartOfSpeech.VERB;
    }

    /** Verbs of only looking or losing sight (not "watch", which is something done on screen). */
    private static final Set<String> LOOKING = Set.of("see", "sees", "saw", "seen", "hear",
            "heard", "notice", "noticed", "spot", "spotted", "glimpse", "glimpsed", "lose",
            "lost", "tell");
    /** Words that may stand between the narrator and such a verb. */
    private static final Set<String> BEFORE_LOOKING = Set.of("can", "could", "can't",
            "cannot", "couldn't", "just", "barely", "hardly", "almost", "only", "still",
            "briefly", "soon", "nearly");

    /**
     * Whether the narrator's "we" at {@code i} only sees, hears or loses sight ("without any
     * signal we can see", "for a long moment we lose it"): the viewer, not people on screen.
     */
    static boolean onlyLooks(List<Word> words, int i) {
        if (!Catalog.normalize(words.get(i).text()).equals("we")) return false;
        int k = i + 1;
        while (k < words.size() && BEFORE_LOOKING.contains(
                Catalog.normalize(words.get(k).text()))) {
            k++;
        }
        return k < words.size() && LOOKING.contains(Catalog.normalize(words.get(k).text()));
    }
}
