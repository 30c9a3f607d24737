package dev.longshot.catalog;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese text to words with parts of speech, by HanLP portable's Viterbi segmenter over its
 * bundled core dictionary (inside the jar: no files, no network). Its large "custom"
 * dictionary and name/place recognisers are off: they cost a second of loading and
 * recognise personal names in scenery; the catalog's own phrasings are joined afterwards by
 * {@link WordSplitter}. Deterministic: the same text gives the same words.
 */
final class ChineseSegmenter {
    private final Segment segment = HanLP.newSegment()
            .enableCustomDictionary(false)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false);

    /** The words of {@code text}, a run of Chinese starting at {@code offset} in its line. */
    List<Word> split(String text, int offset) {
        List<Term> terms;
        synchronized (segment) { // HanLP's segments keep per-call state in fields
            terms = segment.seg(text);
        }
        List<Word> words = new ArrayList<>(terms.size());
        int at = 0;
        for (Term t : terms) {
            int start = text.indexOf(t.word, at);
            if (start < 0) start = at;
            at = start + t.word.length();
            PartOfSpeech pos = partOfSpeech(t.nature.toString(), t.word);
            words.add(new Word(t.word, t.word, pos, offset + start, offset + at));
        }
        return words;
    }

    /** HanLP's tag (ICTCLAS / PKU style: n, nz, v, vi, a, d, m, q, r, p, u…) to ours. */
    static PartOfSpeech partOfSpeech(String tag, String word) {
        if (tag.isEmpty()) return PartOfSpeech.UNTAGGED;
        if (tag.equals("vshi") || tag.equals("vyou")) return PartOfSpeech.FUNCTION; // 是, 有
        if (tag.equals("w") || isPunctuation(word)) return PartOfSpeech.PUNCTUATION;
        return switch (tag.charAt(0)) {
            case 'n', 'g' -> PartOfSpeech.NOUN;
            case 'v' -> PartOfSpeech.VERB;
            case 'a', 'b', 'z' -> PartOfSpeech.ADJECTIVE;
            case 't' -> PartOfSpeech.TIME;
            case 's' -> PartOfSpeech.PLACE;
            case 'i', 'l' -> PartOfSpeech.IDIOM;
            case 'd' -> PartOfSpeech.ADVERB;
            case 'm' -> PartOfSpeech.NUMBER;
            case 'q' -> PartOfSpeech.MEASURE;
            case 'r' -> PartOfSpeech.PRONOUN;
            case 'x' -> PartOfSpeech.UNTAGGED;
            default -> PartOfSpeech.FUNCTION; // p c u e y o h k f: particles, affixes, locatives
        };
    }

    private static boolean isPunctuation(String word) {
        return word.codePoints().allMatch(c -> !Character.isLetterOrDigit(c));
    }
}
