package dev.longshot.catalog;

import java.util.Objects;

/**
 * One word of a storyboard line.
 *
 * @param text  the word as written ({@code Elephants}, {@code 挑夫})
 * @param lemma its dictionary form, lower-case ({@code elephant}); Chinese words are their own
 * @param pos   its part of speech
 * @param start offset of its first char in the line
 * @param end   offset just past its last char
 */
public record Word(String text, String lemma, PartOfSpeech pos, int start, int end) {
    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end < start) throw new IllegalArgumentException(start + ".." + end);
    }

    /** Whether the word can name something to show. */
    public boolean content() {
        return pos.content();
    }
}
