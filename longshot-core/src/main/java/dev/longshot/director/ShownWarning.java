package dev.longshot.director;

import java.util.Locale;

/**
 * A storyboard line named something the world can show, and it stayed too small to see:
 * below {@link #THRESHOLD} of every frame of the line.
 *
 * @param line     1-based line of the storyboard file
 * @param id       the catalog id asked for
 * @param maxShare the largest share of a frame it covered in the line, 0 … 1
 */
public record ShownWarning(int line, String id, double maxShare) {
    /** Below this share of every frame an asked entry counts as not shown: 0.2 %. */
    public static final double THRESHOLD = 0.002;

    /** {@code line 4: elephant asked, 0.05 % of frame}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "line %d: %s asked, %s of frame", line, id,
                percent(maxShare));
    }

    /** A share as a percentage with two decimals ({@code 0.05 %}). */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * share);
    }
}
