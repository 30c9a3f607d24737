package dev.longshot.plan;

import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Words no catalog entry names that are nonetheless accounted for by what the plan draws
 * ({@code scene-words.tsv}): parts of the scene (sky, water, trunks), what they do (the river
 * flows, the light shines), words that only modify a change or a noun (突然, "suddenly",
 * tall), and colours, which the world does not choose and so are reported.
 */
final class SceneWords {
    private static final String RESOURCE = "scene-words.tsv";

    /** What a word is to the scene. */
    enum Role { PART, DOES, MODIFIER, COLOUR }

    /** A listed word: its role, and for parts what the plan must have to show it. */
    record Listed(Role role, String needs) {}

    private final Map<String, Listed> words = new HashMap<>();

    SceneWords(List<String[]> rows) {
        for (String[] r : rows) {
            Role role = Role.valueOf(r[1].strip().toUpperCase(java.util.Locale.ROOT));
            String needs = r[2].strip();
            boolean part = role == Role.PART || role == Role.DOES;
            if (part != ShownIf.NEEDS.contains(needs) || !part && !needs.equals("-")) {
                throw new IllegalStateException(RESOURCE + ": " + r[0] + " " + role
                        + " cannot need '" + needs + "'");
            }
            if (words.put(r[0].strip().toLowerCase(java.util.Locale.ROOT),
                    new Listed(role, part ? needs : null)) != null) {
                throw new IllegalStateException(RESOURCE + ": " + r[0] + " listed twice");
            }
        }
    }

    static SceneWords bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final SceneWords INSTANCE = new SceneWords(BundledTable.rows(RESOURCE, 3));
    }

    /** The listed role of a word as written or as its lemma, or null. */
    Listed of(String written, String lemma) {
        Listed l = words.get(written.toLowerCase(java.util.Locale.ROOT));
        return l != null ? l : words.get(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Accounts for the words of the line no entry took ({@code leftover}, indices into
     * {@code words}): listed parts go to {@code shownIf}, colours to {@code notShown}; the
     * rest to {@code unknown} (the nearest entry, or reported); modifiers last, once every
     * noun is placed, spent when their clause shows something and reported when it does not.
     */
    void account(List<Word> words, List<Integer> leftover, ReadingDraft d,
            Consumer<Word> unknown) {
        List<Integer> modifiers = new ArrayList<>();
        for (int i : leftover) {
            Word w = words.get(i);
            Listed l = of(w.text(), w.lemma());
            if (l == null) {
                unknown.accept(w);
                continue;
            }
            switch (l.role()) {
                case PART, DOES -> d.shownIf.add(new ShownIf(w.text(), l.needs()));
                case COLOUR -> {
                    if (!colours(words, i, d)) {
                        d.notShown.add(new NotShownWord(w.text(),
                                "a colour: the world chooses its own palette"));
                    }
                }
                case MODIFIER -> modifiers.add(i);
            }
        }
        for (int i : modifiers) {
            String said = words.get(i).text();
            if (clauseShows(words, i, modifiers, d)) d.modifiers.add(said);
            else d.notShown.add(new NotShownWord(said, "modifies nothing that is shown"));
        }
    }

    /**
     * Whether colour word {@code i} qualifies the creature the next word names ("a black
     * cat", 一只黑猫): then it joins that subject's {@code said}, which the world reads its coat
     * from, and is shown.
     */
    private static boolean colours(List<Word> words, int i, ReadingDraft d) {
        if (i + 1 >= words.size()) return false;
        String next = words.get(i + 1).text();
        String colour = words.get(i).text();
        boolean han = Character.UnicodeScript.of(colour.codePointAt(0))
                == Character.UnicodeScript.HAN;
        for (SubjectRef s : d.subjects.values()) {
            String said = s.said();
            if (!(said.equals(next) || said.startsWith(next + (han ? "" : " ")))) continue;
            d.subjects.put(s.id(), new SubjectRef(s.id(), colour + (han ? "" : " ") + said,
                    s.count(), s.action()));
            d.said.add(colour);
            return true;
        }
        return false;
    }

    /** Whether a word of the clause around {@code i}, other than a modifier, is shown. */
    private static boolean clauseShows(List<Word> words, int i, List<Integer> modifiers,
            ReadingDraft d) {
        List<String> shown = new ArrayList<>(d.said);
        shown.addAll(d.modifiers);
        d.shownIf.forEach(s -> shown.add(s.said()));
        d.approximated.forEach(a -> shown.add(a.said()));
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step; j >= 0 && j < words.size(); j += step) {
                Word w = words.get(j);
                if (w.pos() == PartOfSpeech.PUNCTUATION) break;
                if (modifiers.contains(j) || !w.content()) continue;
                if (shown.stream().anyMatch(s -> s.contains(w.text()))) return true;
            }
        }
        return false;
    }
}
