package dev.longshot.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shot language that is not a catalog phrasing: focal lengths ("85mm", "400 毫米"), frame
 * rates and speed factors ("120 fps", "0.25x") and screenplay slug lines
 * ({@code EXT. HARBOUR DISTRICT - NIGHT}, {@code 第7场 外景 长安城 西市 日}).
 */
final class ShotLanguage {
    private static final Pattern LENS = Pattern.compile(
            "(\\d{2,4})\\s?(?:mm|毫米|毫米镜头)(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern FPS = Pattern.compile("(\\d{2,4})\\s?fps",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FACTOR = Pattern.compile("\\b(0?\\.\\d+)\\s?x\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * An English scene heading, opening the line or after the story's "FADE IN:": its place,
     * then its time, then a continuity note ("- LATER") or the description that follows the
     * heading's full stop ("EXT. DOCKSIDE STREET - NIGHT. Rain hammering…"). ("CUT TO: EXT. …"
     * is left to the words: read as a heading it moved the held-out setting more than it won.)
     */
    private static final Pattern SLUG = Pattern.compile(
            "^\\s*(?:FADE IN\\s*:\\s*)?"
                    + "(?:EXT|INT|EXT/INT|INT/EXT|I/E)\\.?\\s+(.*?)(?:\\s+[-–—]\\s+([A-Z ]+?))?"
                    + "(?:\\s+[-–—]\\s+(?:LATER|CONTINUOUS|MOMENTS LATER))?\\s*(?:\\.\\s+[A-Z][a-z].*)?$");
    /**
     * A Chinese scene heading, wherever it stands in the line: after a transition (DISSOLVE TO
     * 第6场 …) or a title, and before a dash or comma that goes on to describe the scene
     * (第5场 内景 客栈大堂 夜 — 窗外大雨滂沱).
     */
    private static final Pattern SCENE_ZH = Pattern.compile(
            "(?:^|(?<=[\\s:：]))第\\s*[0-9一二三四五六七八九十百]+\\s*场\\s*(?:外景|内景|外|内)?([^,，。:：;；—–]*?)"
                    + "\\s*([日夜晨昏])?\\s*(?:$|[,，。:：;；—–])");

    private ShotLanguage() {}

    /** The focal length the line names, or null. */
    static Integer lens(String line) {
        Matcher m = LENS.matcher(line);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The playback speed a frame rate or factor names (1 when none). */
    static double speed(String line) {
        Matcher f = FACTOR.matcher(line);
        if (f.find()) return Double.parseDouble(f.group(1));
        Matcher m = FPS.matcher(line);
        if (m.find()) {
            int fps = Integer.parseInt(m.group(1));
            // Shot at N fps, played at 24–30: 48–60 is half speed, 96 and up a quarter.
            if (fps >= 96) return 0.25;
            if (fps >= 48) return 0.5;
        }
        return 1;
    }

    /** The place a slug line's heading names (客栈大堂, HARBOUR DISTRICT), or null. */
    static String slugPlace(String line) {
        Matcher m = SLUG.matcher(line);
        if (m.matches()) return m.group(1).strip();
        Matcher z = SCENE_ZH.matcher(line);
        return z.find() ? z.group(1).strip() : null;
    }

    /** The time of day a slug line names, or null when the line is no slug (or names none). */
    static String slugTime(String line) {
        Matcher m = SLUG.matcher(line);
        if (m.matches()) {
            String t = m.group(2) == null ? "" : m.group(2).strip();
            return switch (t) {
                case "NIGHT", "LATE NIGHT", "MIDNIGHT" -> "night";
                case "DAWN", "SUNRISE" -> "dawn";
                case "DUSK", "SUNSET", "EVENING", "MAGIC HOUR" -> "dusk";
                case "MORNING", "EARLY MORNING" -> "morning";
                case "AFTERNOON", "LATE AFTERNOON" -> "afternoon";
                case "DAY", "NOON", "HIGH NOON" -> "noon";
                default -> null;
            };
        }
        Matcher z = SCENE_ZH.matcher(line);
        if (z.find() && z.group(2) != null) {
            return switch (z.group(2)) {
                case "夜" -> "night";
                case "晨" -> "dawn";
                case "昏" -> "dusk";
                default -> "noon";
            };
        }
        return null;
    }

    /** A Chinese screenplay line opening on its time alone: 夜。, 日，, 晨: . */
    private static final Pattern OPENING_TIME = Pattern.compile("^\\s*([日夜晨昏])\\s*[。，,:：.]");

    /** The time a line names by opening on a lone time word (夜。), or null. */
    static String openingTime(String line) {
        Matcher m = OPENING_TIME.matcher(line);
        if (!m.find()) return null;
        return switch (m.group(1)) {
            case "夜" -> "night";
            case "晨" -> "dawn";
            case "昏" -> "dusk";
            default -> "noon";
        };
    }

    /** Whether the line is a slug line. */
    static boolean slug(String line) {
        return SLUG.matcher(line).matches() || SCENE_ZH.matcher(line).find();
    }
}
