package dev.longshot.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Well-known place names and the setting a reader pictures for each ({@code 外滩} is a modern
 * city on a river, Delos an ancient Greek city), read from {@code places.tsv}. Names match
 * whole words in Latin script, anywhere in Chinese.
 */
final class Places {
    private static final String RESOURCE = "places.tsv";

    /** One place: the setting, style and water it implies (null where it implies none). */
    record Place(String name, String setting, String style, String water) {}

    private final List<Place> places;

    private Places(List<Place> places) {
        List<Place> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparingInt((Place p) -> -p.name().length()));
        this.places = List.copyOf(sorted);
    }

    static Places bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Places INSTANCE = read();

        private static Places read() {
            List<Place> list = new ArrayList<>();
            for (String[] c : BundledTable.rows(RESOURCE, 4)) {
                list.add(new Place(c[0].toLowerCase(Locale.ROOT), c[1], dash(c[2]),
                        dash(c[3])));
            }
            return new Places(list);
        }

        private static String dash(String s) {
            return s.equals("-") ? null : s;
        }
    }

    /** Every place named in {@code line}, longest names first, as {@link Idioms.Found}-like spans. */
    List<Found> find(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[line.length()];
        List<Found> out = new ArrayList<>();
        for (Place p : places) {
            int at = lower.indexOf(p.name());
            while (at >= 0) {
                int end = at + p.name().length();
                if (!taken[at] && !taken[end - 1] && edges(lower, at, end)) {
                    for (int k = at; k < end; k++) taken[k] = true;
                    out.add(new Found(p, at, end, line.substring(at, end)));
                }
                at = lower.indexOf(p.name(), at + 1);
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /** A place found in a line. */
    record Found(Place place, int start, int end, String said) {}

    private static boolean edges(String s, int start, int end) {
        if (s.charAt(start) >= 0x2E80) return true;
        return (start == 0 || !Character.isLetter(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetter(s.charAt(end)));
    }
}
