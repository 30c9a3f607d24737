package dev.longshot.plan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes rain a storm, or a sky of lightning stormy: a gale with the rain (狂风大作,暴雨如注;
 * "rain lashed by high winds") or thunder heard with lightning seen (打雷了,闪电划破夜空). The
 * catalog's storm is the wind, the rain and the lightning together.
 */
final class StormSigns {
    private static final Pattern GALE = Pattern.compile(
            "狂风|大风|风雨交加|风雨大作|\\bgales?\\b|high winds?|howling wind");
    private static final Pattern THUNDER = Pattern.compile("\\bthunder(?!ous)|雷声|打雷|雷鸣");

    private StormSigns() {}

    /** Whether {@code line} names a gale. */
    static boolean gale(String line) {
        return GALE.matcher(line.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether {@code line} names thunder. */
    static boolean thunder(String line) {
        return THUNDER.matcher(line.toLowerCase(Locale.ROOT)).find();
    }
}
