package dev.longshot.plan;

import java.util.Map;
import java.util.Set;

/**
 * A weather figure of speech said of the real sky ({@code sky-figures.tsv}): 乌云压城 after
 * 天色暗下来 is the clouds themselves, not trouble at court. The line must speak of the sky or
 * its light outside the figure for the figure to be read as the weather.
 */
final class SkyFigure {
    private static final Map<String, String> WEATHER = BundledTable.map("sky-figures.tsv");
    /** Words for the sky and its light darkening or showing: the line looks up. */
    private static final Set<String> SKY = Set.of("天色", "天空", "天边", "天暗", "天黑",
            "暗下来", "暗了下来", "变暗", "变了天", "抬头", "sky", "skies");

    private SkyFigure() {}

    /** The weather the figure {@code f} says in {@code line}, or null when it is a figure only. */
    static String weather(Idioms.Found f, String line) {
        String id = WEATHER.get(f.idiom().phrase());
        if (id == null) return null;
        String rest = (line.substring(0, f.start()) + " " + line.substring(f.end()))
                .toLowerCase(java.util.Locale.ROOT);
        return SKY.stream().anyMatch(rest::contains) ? id : null;
    }

}
