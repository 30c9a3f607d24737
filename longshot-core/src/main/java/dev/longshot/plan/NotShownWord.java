package dev.longshot.plan;

import java.util.Objects;

/**
 * A content word the world cannot show, with the reason, so nothing is dropped silently.
 *
 * @param said the word as written
 * @param why  why it is not shown ("no catalog entry is near enough", "an idiom", …)
 */
public record NotShownWord(String said, String why) {
    public NotShownWord {
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(why, "why");
    }
}
