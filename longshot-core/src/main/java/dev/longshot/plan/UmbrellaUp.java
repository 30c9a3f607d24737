package dev.longshot.plan;

import java.util.regex.Pattern;

/**
 * An umbrella held up (撑着伞, 打起了伞) is held against rain when the line names no weather:
 * a sunshade (阳伞, 遮阳伞) is not.
 */
final class UmbrellaUp {
    private static final Pattern UP = Pattern.compile(
            "(?:撑|打)(?:着|起|开)?了?(?:一把|把)?(?:[^\\s,，。;；!！?？]{0,3}?)(?<!阳|遮)伞");

    private UmbrellaUp() {}

    /** Whether {@code line} has someone holding an umbrella up. */
    static boolean said(String line) {
        return UP.matcher(line).find();
    }
}
