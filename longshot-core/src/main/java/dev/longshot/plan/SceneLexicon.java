package dev.longshot.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The zh+en lexicon ({@code lexicon.tsv}) as a {@link TextEncoder}: longest-match lookup of
 * vocabulary terms, departures, and the leftover content words reported as unrecognized.
 */
public final class SceneLexicon implements TextEncoder {
    private static final String RESOURCE = "lexicon.tsv";
    private static final List<String> DEPARTURES = List.of(
            "离开", "走了", "消失", "远去", "飞走", "跑开", "散去", "逃走", "逃跑", "离去", "不见了",
            "leave", "leaves", "left", "gone", "disappear", "disappears", "depart", "departs",
            "fly away", "flies away", "run off", "runs off", "run away", "runs away",
            "flee", "flees", "go home", "goes home", "vanish", "vanishes", "walk away",
            "walks away", "fly off", "flies off", "move on", "moves on", "out of frame");

    /** Entries by first character, longest first, so matching is one pass over the text. */
    private final Map<Character, List<LexiconEntry>> byFirstChar;

    private SceneLexicon(List<LexiconEntry> entries) {
        Map<Character, List<LexiconEntry>> index = new HashMap<>();
        for (LexiconEntry e : entries) {
            index.computeIfAbsent(e.term().charAt(0), c -> new ArrayList<>()).add(e);
        }
        for (List<LexiconEntry> list : index.values()) {
            list.sort(Comparator.comparingInt((LexiconEntry e) -> -e.term().length()));
        }
        this.byFirstChar = index;
    }

    /** The lexicon bundled with longshot. */
    public static SceneLexicon bundled() {
        try (InputStream in = SceneLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SceneLexicon parse(BufferedReader reader) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        // Departure words come first so that "leaves" is a departure, not a known verb.
        for (String d : DEPARTURES) {
            seen.add(d);
            entries.add(new LexiconEntry(d, "depart", "-", isLatin(d)));
        }
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length != 3) throw new IllegalStateException(RESOURCE + ":" + number + ": 3 columns");
            for (String raw : cols[2].split("\\|")) {
                String term = raw.trim().toLowerCase(Locale.ROOT);
                // The first meaning listed wins: vocabulary rows come before "known" words.
                if (term.isEmpty() || !seen.add(term)) continue;
                entries.add(new LexiconEntry(term, cols[0], cols[1], isLatin(term)));
            }
        }
        return new SceneLexicon(entries);
    }

    @Override
    public Mentions read(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        MentionBuilder found = new MentionBuilder();
        StringBuilder leftover = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            LexiconEntry match = matchAt(s, i);
            if (match == null) {
                leftover.append(s.charAt(i));
                i++;
                continue;
            }
            leftover.append(' ');
            found.add(match);
            i += match.term().length();
        }
        found.unrecognized(leftoverWords(leftover.toString()));
        return found.build();
    }

    private LexiconEntry matchAt(String s, int i) {
        List<LexiconEntry> candidates = byFirstChar.get(s.charAt(i));
        if (candidates == null) return null;
        for (LexiconEntry e : candidates) {
            if (!s.startsWith(e.term(), i)) continue;
            if (e.latin() && !(boundary(s, i - 1) && boundary(s, i + e.term().length()))) continue;
            return e;
        }
        return null;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** Content words left once every lexicon term is taken out: letters runs, CJK runs ≥ 2. */
    private static List<String> leftoverWords(String rest) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        Boolean cjk = null;
        for (int i = 0; i <= rest.length(); i++) {
            char c = i < rest.length() ? rest.charAt(i) : ' ';
            boolean isCjk = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            boolean isLatin = Character.isLetter(c) && !isCjk || c == '\'' || c == '-';
            if ((isCjk || isLatin) && (cjk == null || cjk == isCjk)) {
                word.append(c);
                cjk = isCjk;
                continue;
            }
            flush(words, word, Boolean.TRUE.equals(cjk));
            word.setLength(0);
            cjk = null;
            if (isCjk || isLatin) {
                word.append(c);
                cjk = isCjk;
            }
        }
        return words;
    }

    private static void flush(List<String> words, StringBuilder word, boolean cjk) {
        String w = word.toString().replaceAll("^[-']+|[-']+$", "");
        int minLength = cjk ? 2 : 3;
        if (w.codePointCount(0, w.length()) >= minLength && !words.contains(w)) words.add(w);
    }

    private static boolean isLatin(String term) {
        return term.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
    }

    /** Collects matches in order: the first mention wins, but setting and weather (last wins). */
    private static final class MentionBuilder {
        Setting setting;
        Setting weakSetting;
        Water water;
        TimeOfDay timeOfDay;
        Weather weather;
        CameraMove camera;
        Transition transition;
        final Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        boolean departure;
        final List<String> references = new ArrayList<>();
        List<String> unrecognized = List.of();

        void add(LexiconEntry e) {
            switch (e.attribute()) {
                // A line that names two places moves from the first to the second
                // ("穿过树冠层进入山谷"): the last one wins.
                case "setting" -> setting = Setting.fromId(e.value());
                case "setting~" -> weakSetting = Setting.fromId(e.value());
                case "water" -> water = water != null ? water : Water.fromId(e.value());
                case "timeOfDay" -> timeOfDay = timeOfDay != null ? timeOfDay : TimeOfDay.fromId(e.value());
                // Later weather words describe the change ("雾散了，阳光…"): the last one wins.
                case "weather" -> weather = Weather.fromId(e.value());
                case "camera" -> camera = camera != null ? camera : CameraMove.fromId(e.value());
                case "subject" -> subjects.add(Subject.fromId(e.value()));
                case "depart" -> departure = true;
                case "transition" -> transition = Transition.fromId(e.value());
                case "ref" -> references.add(e.value());
                default -> { }
            }
        }

        void unrecognized(List<String> words) {
            unrecognized = words;
        }

        Mentions build() {
            Set<Subject> none = EnumSet.noneOf(Subject.class);
            return departure
                    ? new Mentions(setting, weakSetting, water, timeOfDay, weather, none, subjects,
                            camera, unrecognized, references, true, transition)
                    : new Mentions(setting, weakSetting, water, timeOfDay, weather, subjects, none,
                            camera, unrecognized, references, false, transition);
        }
    }
}
