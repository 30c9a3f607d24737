package dev.longshot.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people in the story say is heard, not shown: a quotation (鸭妈妈说:“快来一起玩吧!”,
 * points north: "The dragon's lair lies there.") or a screenplay's dialogue after a speaker's
 * cue (爷爷: 台风要来了。, JOHN: The storm is coming). A storm spoken of does not rain.
 */
final class Speech {
    /** A quotation in curly, straight, corner or angle quotes. */
    private static final Pattern QUOTED = Pattern.compile(
            "\u201C[^\u201D]*\u201D?|\"[^\"]*\"?|\u300C[^\u300D]*\u300D?|\u300E[^\u300F]*\u300F?");
    /** A speaker's cue at the start of a line: up to four words, then a colon. */
    private static final Pattern CUE = Pattern.compile(
            "^\\s*([\\p{IsHan}]{1,4}|[\\p{L}][\\p{L}'\\-]*(?: [\\p{L}][\\p{L}'\\-]*){0,2})"
                    + "\\s*[:\uFF1A]\\s*(\\S.*)$");

    /** A span of spoken words in the line, and the words. */
    record Said(int start, int end, String words) {}

    private Speech() {}

    /** The spoken spans of {@code line}. */
    static List<Said> find(String line) {
        List<Said> out = new ArrayList<>();
        Matcher cue = CUE.matcher(line);
        if (cue.matches() && speaker(cue.group(1))) {
            out.add(new Said(cue.start(2), line.length(), cue.group(2).strip()));
            return out;
        }
        Matcher q = QUOTED.matcher(line);
        while (q.find()) {
            String inner = q.group().replaceAll("^[\"\u201C\u300C\u300E]|[\"\u201D\u300D\u300F]$",
                    "").strip();
            if (!inner.isEmpty()) out.add(new Said(q.start(), q.end(), inner));
        }
        return out;
    }

    /**
     * Whether a cue names who speaks: a person word (爷爷, Grandpa) or a screenplay's name
     * in capitals (JOHN, A-MING); not a camera cue ("Wide shot:", 仰拍:) or a time ("Night:").
     */
    private static boolean speaker(String cue) {
        String c = cue.strip();
        String lower = c.toLowerCase(Locale.ROOT);
        if (ReaderWords.PEOPLE.contains(lower) || ReaderWords.PEOPLE.contains(c)) return true;
        boolean capitals = c.chars().anyMatch(Character::isLetter)
                && c.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && c.chars().allMatch(ch -> ch < 128);
        return capitals && c.length() >= 2 && !ReaderWords.CAMERA_CONTEXT.contains(lower)
                && !SCREENPLAY_CUES.contains(c) && !placed(lower);
    }

    /** Prepositions that make a cue a place ("INSIDE THE JEEP:", "BACK AT THE DOCK:"). */
    private static final java.util.Set<String> PLACING = java.util.Set.of("in", "inside",
            "at", "on", "outside", "under", "above", "behind", "near", "into", "across", "over",
            "beneath", "around", "through", "below", "beside", "back");

    /** Whether a cue says where the shot is, not who speaks. */
    private static boolean placed(String lowerCue) {
        for (String w : lowerCue.split("[ \\-]+")) {
            if (PLACING.contains(w)) return true;
        }
        return false;
    }

    /** Screenplay cues and shot abbreviations in capitals that are not speakers. */
    private static final java.util.Set<String> SCREENPLAY_CUES = java.util.Set.of("FADE IN",
            "FADE OUT", "CUT TO", "DISSOLVE TO", "INSERT", "CLOSE ON", "ANGLE ON", "POV",
            "EXT", "INT", "SUPER", "TITLE", "INTERCUT", "MONTAGE", "BACK TO", "LATER",
            "CONTINUOUS", "SMASH CUT TO", "MATCH CUT TO", "ECU", "CU", "MCU", "MS", "WS",
            "EWS", "ELS", "LS", "OTS", "VFX", "SFX", "NOTE");

    /** {@code line} with the spoken spans blanked out. */
    static String blank(String line, List<Said> said) {
        char[] c = line.toCharArray();
        for (Said s : said) {
            for (int k = s.start(); k < s.end(); k++) c[k] = ' ';
        }
        return new String(c);
    }
}
