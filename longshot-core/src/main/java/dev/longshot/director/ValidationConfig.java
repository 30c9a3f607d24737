package dev.longshot.director;

import dev.longshot.validate.Strictness;

/**
 * How the director checks the world's rules and repairs what breaks; immutable.
 *
 * @param strictness           0 … 1, scales every tolerance (default 0.7)
 * @param rollbackSeconds      how far back a failed second rolls (DESIGN.md: t−5); also how
 *                             long frames wait before they reach the encoder
 * @param checkIntervalSeconds the periodic checkpoint check (audit) runs every this many seconds
 * @param maxRetries           re-sampled attempts per failure before the best one is kept
 * @param windowBudgetBytes    most pixel memory the held frames may take; at large sizes and
 *                             frame rates the rollback horizon shrinks to fit
 */
public record ValidationConfig(double strictness, int rollbackSeconds, int checkIntervalSeconds,
        int maxRetries, long windowBudgetBytes) {

    public static final int DEFAULT_ROLLBACK_SECONDS = 5;
    public static final int DEFAULT_CHECK_INTERVAL_SECONDS = 30;
    public static final int DEFAULT_MAX_RETRIES = 3;
    /** 1 GiB: 6 s of 1280×720 at 24 fps (531 MiB) fits; 60 fps shrinks the horizon to 3 s. */
    public static final long DEFAULT_WINDOW_BUDGET_BYTES = 1L << 30;

    public ValidationConfig {
        Strictness.slack(strictness); // range check
        if (rollbackSeconds < 0 || rollbackSeconds > 60) {
            throw new IllegalArgumentException("rollbackSeconds out of range (0 … 60): "
                    + rollbackSeconds);
        }
        if (checkIntervalSeconds < 1) {
            throw new IllegalArgumentException("checkIntervalSeconds must be >= 1: "
                    + checkIntervalSeconds);
        }
        if (maxRetries < 0 || maxRetries > 20) {
            throw new IllegalArgumentException("maxRetries out of range (0 … 20): " + maxRetries);
        }
        if (windowBudgetBytes < 1) {
            throw new IllegalArgumentException("windowBudgetBytes must be >= 1");
        }
    }

    public static ValidationConfig defaults() {
        return new ValidationConfig(Strictness.DEFAULT, DEFAULT_ROLLBACK_SECONDS,
                DEFAULT_CHECK_INTERVAL_SECONDS, DEFAULT_MAX_RETRIES, DEFAULT_WINDOW_BUDGET_BYTES);
    }

    public ValidationConfig withStrictness(double s) {
        return new ValidationConfig(s, rollbackSeconds, checkIntervalSeconds, maxRetries,
                windowBudgetBytes);
    }

    /**
     * The rollback horizon that fits the budget at this size and rate: held frames are
     * (horizon + 1) seconds of them, the +1 being the second in the making.
     */
    public int effectiveRollbackSeconds(int width, int height, int fps) {
        return effectiveRollbackSeconds(width, height, fps, 4);
    }

    /** As above for frames of {@code bytesPerPixel} each (4: the picture; more with passes). */
    public int effectiveRollbackSeconds(int width, int height, int fps, int bytesPerPixel) {
        long perSecond = (long) width * height * bytesPerPixel * fps;
        long fits = windowBudgetBytes / perSecond - 1;
        return (int) Math.max(0, Math.min(rollbackSeconds, fits));
    }
}
