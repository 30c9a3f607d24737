package dev.longshot.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Figures of speech whose words name scenery they do not mean ({@code 人山人海} is a crowd,
 * not the sea; "raining cats and dogs" is rain, not animals), read from {@code idioms.tsv}.
 * The reader finds them first and blanks them out, so their words never reach the catalog.
 */
public final class Idioms {
    private static final String RESOURCE = "idioms.tsv";

    /** One figure: its phrase (lower-case) and its meaning ("-", "kind:id[:count]", "lights"). */
    public record Idiom(String phrase, String meaning) {}

    /** A figure found in a line, with its place. */
    public record Found(Idiom idiom, int start, int end, String said) {}

    private final List<Idiom> idioms;

    Idioms(List<Idiom> idioms) {
        List<Idiom> sorted = new ArrayList<>(idioms);
        sorted.sort(Comparator.comparingInt((Idiom i) -> -i.phrase().length()));
        this.idioms = List.copyOf(sorted);
    }

    /** The bundled list. */
    public static Idioms bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Idioms INSTANCE = read();

        private static Idioms read() {
            List<Idiom> list = new ArrayList<>();
            for (String[] cols : BundledTable.rows(RESOURCE, 2)) {
                list.add(new Idiom(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip()));
            }
            return new Idioms(list);
        }
    }

    /** Every idiom of the list. */
    public List<Idiom> all() {
        return idioms;
    }

    /** The figures in {@code line}, longest first where they overlap, in order of place. */
    public List<Found> find(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[line.length()];
        List<Found> found = new ArrayList<>();
        for (Idiom i : idioms) {
            int at = lower.indexOf(i.phrase());
            while (at >= 0) {
                int end = at + i.phrase().length();
                if (!taken[at] && !taken[end - 1] && wordEdges(lower, at, end)) {
                    for (int k = at; k < end; k++) taken[k] = true;
                    found.add(new Found(i, at, end, line.substring(at, end)));
                }
                at = lower.indexOf(i.phrase(), at + 1);
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** {@code line} with every figure blanked out (same length, so offsets hold). */
    public static String blank(String line, List<Found> found) {
        char[] c = line.toCharArray();
        for (Found f : found) {
            for (int k = f.start(); k < f.end(); k++) c[k] = ' ';
        }
        return new String(c);
    }

    /** Latin phrases match whole words only ("brainstorm" is not in "brainstorming"). */
    private static boolean wordEdges(String s, int start, int end) {
        boolean latin = s.charAt(start) < 0x2E80;
        if (!latin) return true;
        boolean before = start == 0 || !Character.isLetter(s.charAt(start - 1));
        boolean after = end == s.length() || !Character.isLetter(s.charAt(end));
        return before && after;
    }
}
