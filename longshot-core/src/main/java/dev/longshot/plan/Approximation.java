package dev.longshot.plan;

import java.util.Objects;

/**
 * A word no catalog entry names, shown as the nearest entry of its language.
 *
 * @param said       the word as written ({@code hyenas})
 * @param shownAs    the catalog id shown in its place ({@code wolf})
 * @param similarity cosine similarity of the two embeddings, 0–1, rounded to 3 places; 1 for
 *                   a kind named by the reader's kinds list (hyena → wolf), and one minus
 *                   the slip over the length for a misspelling (girafes → giraffe)
 */
public record Approximation(String said, String shownAs, double similarity) {
    public Approximation {
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(shownAs, "shownAs");
    }
}
