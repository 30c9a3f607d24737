package dev.longshot.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A storyboard line to its words, Chinese and English alike: Chinese runs are segmented and
 * tagged ({@link ChineseSegmenter}), other runs split and lemmatised ({@link EnglishSplitter}),
 * then the catalog's own phrasings are joined back into one word where the segmenter split
 * them ({@code 木/帆船} → 木帆船, {@code police cars} → police car). Unknown words come back
 * whole ({@code 挑夫们扛着货物} → 挑夫, 们, 扛, 着, 货物), so what cannot be shown can be
 * reported as the writer wrote it. Safe to share between threads.
 */
public final class WordSplitter {
    /** Longest catalog phrasing joined, in words. */
    private static final int MAX_JOIN = 5;

    private final ChineseSegmenter chinese = new ChineseSegmenter();
    private final EnglishSplitter english = new EnglishSplitter();
    private final Set<String> phrasings = new HashSet<>();
    /** Every leading part of a phrasing, to stop growing a run as soon as none can match. */
    private final Set<String> prefixes = new HashSet<>();

    /** A splitter that keeps every phrasing of {@code catalog} whole. */
    public WordSplitter(Catalog catalog) {
        this(catalog, Set.of());
    }

    /**
     * A splitter that keeps every phrasing of {@code catalog} whole, and the {@code known}
     * words besides (the reader's kinds: 剑仙, 铁匠, which the segmenter may split).
     */
    public WordSplitter(Catalog catalog, Set<String> known) {
        for (CatalogEntry e : catalog.entries()) {
            for (String p : Catalog.phrasingsOf(e)) phrasings.add(Catalog.normalize(p));
        }
        for (String w : known) phrasings.add(Catalog.normalize(w));
        for (String p : phrasings) {
            for (int n = 1; n < p.length(); n++) prefixes.add(p.substring(0, n));
        }
    }

    /** The words of {@code line}, in order. */
    public List<Word> split(String line) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            boolean han = han(line.codePointAt(i));
            int j = i;
            while (j < line.length() && han(line.codePointAt(j)) == han) {
                j += Character.charCount(line.codePointAt(j));
            }
            String run = line.substring(i, j);
            if (!run.isBlank()) words.addAll(han ? chinese.split(run, i) : english.split(run, i));
            i = j;
        }
        return joinPhrasings(line, words);
    }

    /** Only the content words of {@code line}: what must be shown or reported. */
    public List<Word> contentWords(String line) {
        return split(line).stream().filter(Word::content).toList();
    }

    /** Chinese characters and the full-width punctuation written among them. */
    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Joins the longest run of adjacent words that spells a catalog phrasing. */
    private List<Word> joinPhrasings(String line, List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int joined = longestPhrasingAt(line, words, i);
            out.add(joined == 1 ? spaced(words.get(i))
                    : join(line, words.subList(i, i + joined)));
            i += joined;
        }
        return out;
    }

    /**
     * A hyphenated word whose parts spell a phrasing ("Song-dynasty", "snow-capped" where
     * the catalog lists "song dynasty") takes the phrasing as its lemma, as if it were written
     * with a space; a hyphenated phrasing ("close-up") or any other word stays as it is.
     */
    private Word spaced(Word w) {
        if (w.text().indexOf('-') < 0) return w;
        String text = Catalog.normalize(w.text());
        if (phrasings.contains(text)) return w;
        String parts = text.replace('-', ' ');
        return phrasings.contains(parts)
                ? new Word(w.text(), parts, PartOfSpeech.NOUN, w.start(), w.end()) : w;
    }

    /**
     * How many words from {@code from} spell a catalog phrasing, as written or as lemmas (1 when
     * none). Grows the run only while it is still the start of some phrasing, so most words
     * cost one or two set look-ups.
     */
    private int longestPhrasingAt(String line, List<Word> words, int from) {
        int best = 1;
        Word first = words.get(from);
        StringBuilder lemmas = new StringBuilder(first.lemma());
        for (int k = from + 1; k < Math.min(words.size(), from + MAX_JOIN); k++) {
            Word w = words.get(k);
            if (w.pos() == PartOfSpeech.PUNCTUATION) break;
            String text = Catalog.normalize(line.substring(first.start(), w.end()));
            boolean latin = !han(w.text().codePointAt(0));
            lemmas.append(latin ? " " : "").append(w.lemma());
            String lemma = lemmas.toString();
            if (phrasings.contains(text) || phrasings.contains(lemma)) best = k - from + 1;
            if (!prefixes.contains(text) && !prefixes.contains(lemma)) break;
        }
        return best;
    }

    /** One word of several: its part of speech is that of its last content word (the head). */
    private static Word join(String line, List<Word> parts) {
        PartOfSpeech pos = PartOfSpeech.NOUN;
        StringBuilder lemma = new StringBuilder();
        boolean latin = !han(parts.get(0).text().codePointAt(0));
        for (Word w : parts) {
            if (w.content()) pos = w.pos();
            lemma.append(latin && !lemma.isEmpty() ? " " : "").append(w.lemma());
        }
        int start = parts.get(0).start();
        int end = parts.get(parts.size() - 1).end();
        return new Word(line.substring(start, end), lemma.toString(), pos, start, end);
    }
}
