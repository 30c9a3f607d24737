package dev.longshot.world;

import dev.longshot.plan.TimeOfDay;

/**
 * The hour of day, moving continuously: it drifts forward slowly on its own and travels to the
 * hour the storyboard asks for over a few seconds, never jumping; it crosses into the asked
 * time within a second and goes on to that time's own hour.
 */
public final class DayClock {
    /** One minute of day per second of video. */
    private static final double DRIFT_HOURS_PER_SECOND = 1.0 / 60;
    /**
     * Time constant of a change of time of day, seconds: a one-second "Night falls" line ends
     * at night (the clock crosses into the asked time within the line).
     */
    private static final double TRANSITION_SECONDS = 0.9;

    private DayClock() {}

    /** Representative hour of each time of day. */
    public static double hourOf(TimeOfDay timeOfDay) {
        return switch (timeOfDay) {
            case DAWN -> 6.3;
            case MORNING -> 9.0;
            case NOON -> 12.5;
            case AFTERNOON -> 15.5;
            case DUSK -> 18.2;
            case NIGHT -> 22.5;
        };
    }

    /** The time of day an hour falls into. */
    public static TimeOfDay bucketOf(double hour) {
        double h = wrap(hour);
        if (h >= 5 && h < 7.5) return TimeOfDay.DAWN;
        if (h >= 7.5 && h < 11) return TimeOfDay.MORNING;
        if (h >= 11 && h < 14) return TimeOfDay.NOON;
        if (h >= 14 && h < 17.3) return TimeOfDay.AFTERNOON;
        if (h >= 17.3 && h < 19.5) return TimeOfDay.DUSK;
        return TimeOfDay.NIGHT;
    }

    /** The hour one frame ({@code dt} seconds) later, heading for {@code wanted}. */
    public static double advance(double hour, TimeOfDay wanted, double dt) {
        double delta = shortestDelta(hour, hourOf(wanted));
        // Inside the asked time but short of its hour, the clock goes on to it: night ended at
        // 5:00, the first minute of dawn, still dark with stars, and "the sun rises" after it
        // showed no sunrise for as long as it was held.
        boolean shortOfIt = bucketOf(hour) == wanted && delta > 0;
        if (bucketOf(hour) == wanted && !shortOfIt) {
            return wrap(hour + DRIFT_HOURS_PER_SECOND * dt);
        }
        double rate = StrictMath.max(DRIFT_HOURS_PER_SECOND,
                StrictMath.abs(delta) / TRANSITION_SECONDS + 0.05);
        double step = StrictMath.min(StrictMath.abs(delta), rate * dt);
        return wrap(hour + StrictMath.signum(delta) * step);
    }

    /** Signed hours from {@code from} to {@code to} the short way round the clock. */
    static double shortestDelta(double from, double to) {
        double d = wrap(to - from);
        return d > 12 ? d - 24 : d;
    }

    static double wrap(double hour) {
        double h = hour % 24;
        return h < 0 ? h + 24 : h;
    }
}
