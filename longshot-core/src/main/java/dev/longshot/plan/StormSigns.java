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
    /**
     * Thunder said to go away (雷声渐渐远去, "the thunder fades"): the storm is passing, which
     * is no sign of one.
     */
    private static final Pattern FADING = Pattern.compile(
            "(雷声|雷鸣)[^,，。;；!！]{0,4}(远去|远了|渐远|停了|停歇|消失|小了|听不见)"
            + "|\\bthunder\\b[^,.;!]{0,20}\\b(fades?|fading|dies|dying|rolls? away|recedes?|"
            + "receding|moves? off|grows? distant|goes quiet)");

    /** Sand or dust borne on the wind (狂风卷着黄沙, "a gale whips up the sand"). */
    private static final Pattern SAND = Pattern.compile("黄沙|沙子|沙石|沙粒|尘土|\\bsand\\b");
    /** What makes a gale a rain or thunder storm rather than a dust storm. */
    private static final Pattern WET = Pattern.compile("雨|雷|闪电|\\brain|thunder|lightning");

    private StormSigns() {}

    /**
     * Whether {@code line} names a gale that carries sand and no rain or thunder (狂风卷着黄沙
     * 扑面而来): a dust storm, not the wet storm the gale alone would read as.
     */
    static boolean sandBlown(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return GALE.matcher(l).find() && SAND.matcher(l).find() && !WET.matcher(l).find();
    }

    /** Whether {@code line} names a gale. */
    static boolean gale(String line) {
        return GALE.matcher(line.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether {@code line} names thunder that is still there (not thunder going away). */
    static boolean thunder(String line) {
        return THUNDER.matcher(line.toLowerCase(Locale.ROOT)).find() && !fading(line);
    }

    /** Whether {@code line} says the thunder goes away (雷声渐渐远去, "the thunder fades"). */
    static boolean fading(String line) {
        return FADING.matcher(line.toLowerCase(Locale.ROOT)).find();
    }
}
