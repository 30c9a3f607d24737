package dev.longshot.story;

import java.util.Locale;
import java.util.Map;

/**
 * Hold durations, written the same way in text prefixes (without the brackets) and in JSON
 * {@code "duration"} values: {@code 5s}, {@code 5 s}, {@code 5秒}, {@code 2m}, {@code 2min},
 * {@code 2分钟}, {@code 1m30s}, {@code 1分30秒}, {@code 1h}, {@code 01:30} (MM:SS) and
 * {@code 00:01:30} (HH:MM:SS). Durations are whole seconds, at least one.
 */
final class Durations {
    /** A duration that cannot be read; the message is a sentence fragment for the caller. */
    static final class InvalidDuration extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidDuration(String problem) {
            super(problem, null, false, false);
        }
    }

    static final String EXAMPLES = "5s, 5秒, 2m, 2分钟, 1m30s, 01:30 or 00:01:30";

    // Longer numbers cannot be meant; the cap also keeps the arithmetic far from overflow.
    private static final int MAX_DIGITS = 9;

    private static final Map<String, Integer> UNIT_SECONDS = Map.ofEntries(
            Map.entry("s", 1), Map.entry("sec", 1), Map.entry("secs", 1),
            Map.entry("second", 1), Map.entry("seconds", 1),
            Map.entry("秒", 1), Map.entry("秒钟", 1), Map.entry("秒鐘", 1),
            Map.entry("m", 60), Map.entry("min", 60), Map.entry("mins", 60),
            Map.entry("minute", 60), Map.entry("minutes", 60),
            Map.entry("分", 60), Map.entry("分钟", 60), Map.entry("分鐘", 60),
            Map.entry("h", 3600), Map.entry("hr", 3600), Map.entry("hrs", 3600),
            Map.entry("hour", 3600), Map.entry("hours", 3600),
            Map.entry("小时", 3600), Map.entry("小時", 3600));

    private Durations() {
    }

    /** Seconds in {@code spec} (≥ 1), or why it is not a duration. */
    static long parse(String spec) throws InvalidDuration {
        String s = normalize(spec);
        if (s.isEmpty()) throw new InvalidDuration("the duration is empty");
        if (s.startsWith("-")) throw new InvalidDuration("a duration cannot be negative");
        long seconds = s.indexOf(':') >= 0 ? parseClock(s) : parseUnits(s);
        if (seconds < 1) {
            throw new InvalidDuration("a hold must be at least 1 second, got " + seconds);
        }
        return seconds;
    }

    // Full-width digits and colons come from Chinese input methods; treat them as ASCII.
    private static String normalize(String spec) {
        StringBuilder b = new StringBuilder(spec.length());
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c >= '０' && c <= '９') c = (char) ('0' + (c - '０'));
            else if (c == '：') c = ':';
            else if (c == '．') c = '.';
            b.append(c);
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** MM:SS or HH:MM:SS; minutes in MM:SS may exceed 59 ({@code 90:00} is 90 minutes). */
    private static long parseClock(String s) throws InvalidDuration {
        String[] parts = s.split(":", -1);
        if (parts.length > 3) {
            throw new InvalidDuration("a clock duration is MM:SS or HH:MM:SS, got " + s);
        }
        long[] fields = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.matches("\\d+\\.\\d*")) throw notWhole(s);
            if (!p.matches("\\d{1," + MAX_DIGITS + "}")) {
                throw new InvalidDuration(
                        "a clock duration is MM:SS or HH:MM:SS with digits only, got " + s);
            }
            fields[i] = Long.parseLong(p);
        }
        // Every field after the first is a count of 60ths of the one before.
        for (int i = 1; i < fields.length; i++) {
            if (fields[i] > 59) {
                String name = i == fields.length - 1 ? "seconds" : "minutes";
                throw new InvalidDuration(name + " must be 00–59 in " + s + ", got " + parts[i]);
            }
        }
        long total = 0;
        for (long f : fields) total = total * 60 + f;
        return total;
    }

    /** A sequence of number-unit pairs, largest unit first, each unit once: 1h2m3s. */
    private static long parseUnits(String s) throws InvalidDuration {
        long total = 0;
        int lastUnit = Integer.MAX_VALUE;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isAsciiDigit(s.charAt(i))) i++;
            if (i == start) {
                throw new InvalidDuration("expected a number at \"" + s.substring(start)
                        + "\" in " + s + "; write e.g. " + EXAMPLES);
            }
            String number = s.substring(start, i);
            if (i < s.length() && s.charAt(i) == '.') throw notWhole(s);
            if (number.length() > MAX_DIGITS) {
                throw new InvalidDuration("the number " + number + " is too large");
            }
            i = skipSpaces(s, i);
            int unitStart = i;
            while (i < s.length() && !isAsciiDigit(s.charAt(i))
                    && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) {
                throw new InvalidDuration("missing unit after " + number
                        + "; write e.g. " + number + "s or " + number + "秒");
            }
            Integer perUnit = UNIT_SECONDS.get(unit);
            if (perUnit == null) {
                throw new InvalidDuration("unknown unit \"" + unit + "\" in " + s
                        + "; use s/秒, m/min/分钟 or h/小时");
            }
            if (perUnit >= lastUnit) {
                throw new InvalidDuration("units must go from largest to smallest, each once"
                        + " (e.g. 1h2m3s), got " + s);
            }
            lastUnit = perUnit;
            total += Long.parseLong(number) * perUnit;
            i = skipSpaces(s, i);
        }
        return total;
    }

    private static InvalidDuration notWhole(String s) {
        return new InvalidDuration("durations are whole seconds, got " + s);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
