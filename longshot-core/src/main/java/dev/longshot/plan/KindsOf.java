package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nouns no catalog entry names that are plainly a kind of one ({@code kinds.tsv}: hyena → wolf,
 * wildebeest → cow, cathedral → temple, 鬣狗 → wolf), and English nouns misspelt by one
 * letter dropped, doubled or swapped ("girafes", "elephnats"): people type fast. Both are
 * shown as that entry and reported as approximated. Known before the embedding model is
 * asked, because the bundled model is a Chinese one and reads English words by spelling.
 */
final class KindsOf {
    private static final String RESOURCE = "kinds.tsv";
    /** Kinds a misspelt noun may be read as: what is shown, not camera or place words. */
    private static final Set<CatalogKind> SPELT = EnumSet.of(CatalogKind.CREATURE,
            CatalogKind.THING);
    /** Shortest word a misspelling is looked for in: shorter ones are other words (bear/beer). */
    private static final int MIN_TYPO_LENGTH = 6;

    /** How near a person named by an agent ending (轿夫) is reported to be. */
    private static final double AGENT_SIMILARITY = 0.9;

    /** A kind found: the entry shown, and whether it came from the list or a spelling. */
    record Kind(CatalogEntry entry, double similarity) {}

    private final Catalog catalog;
    /** English nouns past the list: WordNet's kinds. */
    private final Taxonomy english;
    /** What a Chinese word is a kind of, by its thesaurus (狍子 → deer, 教师 → person). */
    private final Taxonomy chinese;
    private final Map<String, CatalogEntry> kinds = new HashMap<>();
    /** Single English phrasings of creatures and things, for misspellings. */
    private final Map<String, CatalogEntry> spellings = new java.util.LinkedHashMap<>();

    KindsOf(Catalog catalog, List<String[]> rows, Taxonomy english, Taxonomy chinese) {
        this.catalog = catalog;
        this.english = english;
        this.chinese = chinese;
        for (String[] r : rows) {
            CatalogEntry e = catalog.byId(r[1].strip()).orElseThrow(() ->
                    new IllegalStateException(RESOURCE + ": no catalog entry " + r[1]));
            kinds.put(Catalog.normalize(r[0]), e);
        }
        for (CatalogEntry e : catalog.entries()) {
            if (!SPELT.contains(e.kind())) continue;
            for (String p : e.en()) {
                if (p.length() >= MIN_TYPO_LENGTH && p.indexOf(' ') < 0) {
                    spellings.putIfAbsent(Catalog.normalize(p), e);
                }
            }
        }
        kinds.forEach((w, e) -> {
            if (w.length() >= MIN_TYPO_LENGTH && w.chars().allMatch(c -> c < 128)) {
                spellings.putIfAbsent(w, e);
            }
        });
    }

    /** The Chinese words of the list, which the segmenter must keep whole (剑/仙 → 剑仙). */
    java.util.Set<String> chineseWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : kinds.keySet()) {
            if (w.codePointAt(0) >= 0x2E80) out.add(w);
        }
        return out;
    }

    /** The bundled list over the bundled catalog. */
    static KindsOf bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final KindsOf INSTANCE = new KindsOf(Catalog.bundled(),
                BundledTable.rows(RESOURCE, 2), new WordNetKinds(Catalog.bundled()),
                CilinKinds.lazy());
    }

    /** The entry {@code w} is a kind of, or null. */
    Kind of(Word w) {
        String text = Catalog.normalize(w.text());
        CatalogEntry e = kinds.get(text);
        if (e == null) e = kinds.get(w.lemma());
        if (e != null) return new Kind(e, 1.0);
        String agent = AgentSuffix.of(text);
        if (agent != null && catalog.byPhrasing(text).isEmpty()) {
            return new Kind(catalog.byId(agent).orElseThrow(), AGENT_SIMILARITY);
        }
        Kind taxonomy = englishKind(w, text);
        if (taxonomy != null) return taxonomy;
        Kind thesaurus = chineseKind(w, text);
        if (thesaurus != null) return thesaurus;
        if (text.length() < MIN_TYPO_LENGTH || !text.chars().allMatch(Character::isLetter)
                || !text.chars().allMatch(c -> c < 128) || !catalog.byPhrasing(text).isEmpty()) {
            return null;
        }
        // -ing and -ed words are verbs and qualities: "trading" is not a misspelt trader.
        if (text.endsWith("ing") || text.endsWith("ed")) return null;
        // A word read as a verb is not a slip of a noun: "then lowers it" is no flowers.
        if (w.pos() == PartOfSpeech.VERB) return null;
        boolean lemma = w.lemma().length() >= MIN_TYPO_LENGTH;
        for (Map.Entry<String, CatalogEntry> s : spellings.entrySet()) {
            if (oneSlip(text, s.getKey()) || lemma && oneSlip(w.lemma(), s.getKey())) {
                return new Kind(s.getValue(), similarity(text, s.getKey()));
            }
        }
        return null;
    }

    /**
     * An English noun WordNet places under an entry. Capitalised words are names (Tom is no
     * tomcat) and words the catalog names are its own.
     */
    private Kind englishKind(Word w, String text) {
        String t = w.text();
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0)) || w.pos() == PartOfSpeech.VERB
                || w.pos() == PartOfSpeech.ADJECTIVE || !catalog.byPhrasing(text).isEmpty()
                || !catalog.byPhrasing(w.lemma()).isEmpty()) {
            return null;
        }
        Taxonomy.Kind k = english.kindOf(w.lemma());
        return k == null ? null : new Kind(k.entry(), k.similarity());
    }

    /** The entry a Han noun no entry names is a kind of in the Chinese taxonomy, or null. */
    private Kind chineseKind(Word w, String text) {
        if (w.pos() != PartOfSpeech.NOUN || !text.codePoints().allMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || !catalog.byPhrasing(text).isEmpty()) {
            return null;
        }
        Taxonomy.Kind k = chinese.kindOf(text);
        return k == null ? null : new Kind(k.entry(), k.similarity());
    }

    /** How alike two spellings are, 0–1: one minus the edit over the longer length. */
    private static double similarity(String a, String b) {
        return Math.round((1 - 1.0 / Math.max(a.length(), b.length())) * 1000) / 1000.0;
    }

    /**
     * Whether {@code a} is {@code b} with one letter left out, doubled or added, or two
     * neighbours swapped (not replaced: horse/house are two words).
     */
    static boolean oneSlip(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
        if (a.length() == b.length()) {
            int i = 0;
            while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        boolean aLonger = a.length() > b.length();
        String longer = aLonger ? a : b;
        String shorter = aLonger ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
