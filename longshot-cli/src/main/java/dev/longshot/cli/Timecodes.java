package dev.longshot.cli;

import java.util.Locale;

/** Whole-second timecodes on the command line: {@code HH:MM:SS}, {@code MM:SS} or seconds. */
final class Timecodes {
    private Timecodes() {}

    /** The seconds {@code text} names; a {@link UserError} naming {@code option} if bad. */
    static int seconds(String option, String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length > 3) throw bad(option, text);
        long s = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 6 || !p.chars().allMatch(Character::isDigit)) {
                throw bad(option, text);
            }
            int v = Integer.parseInt(p);
            if (i > 0 && v > 59) throw bad(option, text);
            s = s * 60 + v;
        }
        if (s > Integer.MAX_VALUE / 2) throw bad(option, text);
        return (int) s;
    }

    /** {@code HH:MM:SS}. */
    static String format(int seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60);
    }

    private static UserError bad(String option, String text) {
        return new UserError(option + " " + text + ": not a time (HH:MM:SS, MM:SS or seconds)");
    }
}
