package dev.longshot.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Exposure: the mean luminance of the rendered frames changes continuously. Decided once per
 * second from the steepest frame-to-frame change inside it, as a rate (luma per second) so
 * the limit does not depend on the frame rate; one 8-bit step per frame is always allowed.
 * While the storyboard asks for other light (a new time of day or weather, for the few
 * seconds the world takes to get there) the limit is three times wider; a cut may change
 * anything.
 */
public final class Exposure implements Validator {
    public static final String RULE = "exposure";
    private static final double QUANTUM = 2 / 255.0;

    /** Seconds an asked-for change of light takes in the world (clock 2.5 s, weather ~4 s). */
    private static final double CHANGE_SECONDS = 5;

    private final double maxRate;
    private double worstRate;
    private double worstStep;
    private double worstLimit;
    private double changeUntil = -1;

    public Exposure(double strictness) {
        // Sunset to night in the 2.5 s a storyboard time change takes, storms rolling in:
        // at most ~0.25 of full scale per second in the bundled examples.
        this.maxRate = 0.4 * Strictness.slack(strictness);
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public Schedule schedule() {
        return Schedule.SECOND;
    }

    @Override
    public List<Violation> check(Observation previous, Observation current) {
        double now = current.time().seconds();
        if (previous != null) {
            var was = previous.spec().plan();
            var is = current.spec().plan();
            if (was.timeOfDay() != is.timeOfDay() || was.weather() != is.weather()) {
                changeUntil = now + CHANGE_SECONDS;
            }
        }
        if (previous != null && !current.spec().askedChange() && current.frame() != null) {
            double limit = now <= changeUntil ? 3 * maxRate : maxRate;
            double dt = now - previous.time().seconds();
            double step = StrictMath.abs(current.luma().mean() - previous.luma().mean());
            double rate = StrictMath.max(0, step - QUANTUM) / dt;
            if (rate - limit > worstRate - worstLimit) {
                worstRate = rate;
                worstStep = step;
                worstLimit = limit;
            }
        }
        if (!current.endsSecond()) return List.of();
        List<Violation> found = new ArrayList<>();
        if (worstRate > worstLimit) {
            found.add(new Violation(RULE, current.time(), "frame", "luma change per second",
                    worstRate, worstLimit));
        }
        worstRate = 0;
        worstStep = 0;
        worstLimit = 0;
        return found;
    }

    /** The worst step of the second so far (for tests). */
    double worstStep() {
        return worstStep;
    }

    /** Checkpoints fall between seconds, where only the asked-change deadline carries. */
    @Override
    public Object checkpoint() {
        return changeUntil;
    }

    @Override
    public void restore(Object state) {
        changeUntil = state == null ? -1 : (Double) state;
        worstRate = 0;
        worstStep = 0;
        worstLimit = 0;
    }
}
