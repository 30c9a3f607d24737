package dev.longshot.catalog;

/**
 * A word's part of speech, coarse enough for both languages. Chinese words are tagged by the
 * segmenter; English function words, numbers and {@code -ly} adverbs by list, the other
 * English words by a tagger ({@link EnglishTagger}) where it is sure, the rest
 * {@link #UNTAGGED}.
 */
public enum PartOfSpeech {
    NOUN(true),
    VERB(true),
    ADJECTIVE(true),
    /** A time word: 正午, 黄昏. */
    TIME(true),
    /** A place word: 街上, 湖边. */
    PLACE(true),
    /** A set phrase whose meaning is not its parts': 人山人海, 人来人往. */
    IDIOM(true),
    /** A content word whose part of speech is not known (the English tagger was unsure). */
    UNTAGGED(true),
    ADVERB(false),
    NUMBER(false),
    /** A measure word: 只, 群, 头. */
    MEASURE(false),
    PRONOUN(false),
    /** Prepositions, conjunctions, particles, articles, auxiliaries, locatives. */
    FUNCTION(false),
    PUNCTUATION(false);

    private final boolean content;

    PartOfSpeech(boolean content) {
        this.content = content;
    }

    /** Whether words of this part can name something to show (and so must be accounted for). */
    public boolean content() {
        return content;
    }
}
