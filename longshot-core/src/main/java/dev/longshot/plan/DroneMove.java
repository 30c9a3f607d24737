package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A drone or aerial shot that rises or sinks is a crane move flown by the drone ("the drone
 * rises over the lake", "Descending drone shot", 无人机下降), not a plain aerial: the verb must
 * sit in the drone's own clause, so "a drone shot of an eagle rising" stays aerial only when a
 * creature comes between.
 */
final class DroneMove {
    private static final Set<String> UP = Set.of("rise", "rising", "climb", "climbing", "ascend",
            "ascending", "升起", "拉升", "上升", "升高", "爬升", "升空");
    private static final Set<String> DOWN = Set.of("descend", "descending", "dive", "diving",
            "drop", "dropping", "sink", "sinking", "lower", "lowering", "下降", "降落", "俯冲",
            "下落", "降低");
    /** Words that name the flying camera. */
    private static final Set<String> FLYER = Set.of("drone", "aerial", "camera", "航拍",
            "无人机", "镜头", "航拍镜头", "无人机镜头", "drone shot", "aerial shot");

    private DroneMove() {}

    /**
     * Turns the line's aerial move into crane-up or crane-down when a verb of rising or
     * sinking shares the drone's clause; the verb is spent on the camera.
     */
    static void apply(List<Word> words, List<Integer> leftover, ReadingDraft d) {
        if (!"aerial".equals(d.move)) return;
        for (int i = 0; i < words.size(); i++) {
            String vertical = vertical(words.get(i));
            if (vertical != null && flyerInClause(words, i)) {
                d.move = vertical;
                d.modifiers.add(words.get(i).text());
                leftover.remove(Integer.valueOf(i));
                return;
            }
        }
    }

    private static String vertical(Word w) {
        String t = Catalog.normalize(w.text()).split(" ")[0]; // "rising above"
        if (UP.contains(t) || UP.contains(w.lemma()) || ReaderWords.gluedVerb(t, UP)) {
            return "crane-up";
        }
        if (DOWN.contains(t) || DOWN.contains(w.lemma()) || ReaderWords.gluedVerb(t, DOWN)) {
            return "crane-down";
        }
        return null;
    }

    /**
     * Whether a word naming the flying camera is in the same clause as word {@code i}, or the
     * verb opens its clause after one ("Aerial shot, rising over the city").
     */
    private static boolean flyerInClause(List<Word> words, int i) {
        boolean opens = i == 0 || words.get(i - 1).pos() == PartOfSpeech.PUNCTUATION;
        if (opens) {
            for (int k = 0; k < i; k++) if (flyer(words.get(k))) return true;
        }
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; k >= 0 && k < words.size(); k += step) {
                Word w = words.get(k);
                if (w.pos() == PartOfSpeech.PUNCTUATION) break;
                if (flyer(w)) return true;
            }
        }
        return false;
    }

    private static boolean flyer(Word w) {
        return FLYER.contains(Catalog.normalize(w.text())) || FLYER.contains(w.lemma());
    }
}
