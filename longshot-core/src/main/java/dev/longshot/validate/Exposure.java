package dev.longshot.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Exposure: the mean luminance of the rendered frames changes continuously. Decided once per
 * second from the steepest frame-to-frame change inside it, as a rate (luma per second) so
 * the limit does not depend on the frame rate; one 8-bit step per frame is always allowed.
 * While the storyboard asks for other light (a new time of day or weather, for the few
 * seconds the world takes to get there) the limit is three times wider; a cut may change
 * anything. Frames lit by lightning ({@code Atmosphere.flash() > 0}, an asked-for event of a
 * storm) are not compared; the first steady frame after a flash is compared with the last
 * steady frame before it, as one step over the time between them.
 */
public final class Exposure implements Validator {
    public static final String RULE = "exposure";
    private static final double QUANTUM = 2 / 255.0;

    /** Seconds an asked-for change of light takes in the world (clock ~2 s, weather ~2 s). */
    private static final double CHANGE_SECONDS = 5;

    private final double maxRate;
    private double worstRate;
    private double worstStep;
    private double worstLimit;
    private double changeUntil = -1;
    /** Mean luma and time of the last frame not lit by lightning (NaN: none yet). */
    private double steadyMean = Double.NaN;
    private double steadySeconds = Double.NaN;

    public Exposure(double strictness) {
        // Sunset to night in the second a storyboard time change takes, storms rolling in:
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
        // A whip pan or crash zoom puts something else in the frame at once, as asked.
        if (current.spec().askedChange() || current.frame() == null || current.abruptShot()) {
            steadyMean = Double.NaN;
        } else if (current.spec().lighting().atmosphere().flash() > 0) {
            // Lit by lightning: not compared; the steady frame before it stays the reference.
        } else if (previous != null) {
            boolean afterFlash = previous.spec().lighting().atmosphere().flash() > 0;
            double was = afterFlash ? steadyMean : previous.luma().mean();
            double then = afterFlash ? steadySeconds : previous.time().seconds();
            if (!Double.isNaN(was)) compare(now, was, then, current.luma().mean());
        }
        if (current.frame() != null && current.spec().lighting().atmosphere().flash() == 0) {
            steadyMean = current.luma().mean();
            steadySeconds = now;
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

    // One step from luma {@code was} at time {@code then} to {@code mean} at {@code now}.
    private void compare(double now, double was, double then, double mean) {
        // A time of day asked for arrives within its line: night falls at up to ~2.3 of full
        // scale per second (DirectorTest's nightfall), so an asked change may go 6× as fast.
        double limit = now <= changeUntil ? 6 * maxRate : maxRate;
        double step = StrictMath.abs(mean - was);
        double rate = StrictMath.max(0, step - QUANTUM) / (now - then);
        if (rate - limit > worstRate - worstLimit) {
            worstRate = rate;
            worstStep = step;
            worstLimit = limit;
        }
    }

    /** The worst step of the second so far (for tests). */
    double worstStep() {
        return worstStep;
    }

    /** What carries across a checkpoint: the asked-change deadline and the steady frame. */
    private record Carry(double changeUntil, double steadyMean, double steadySeconds) {}

    /** Checkpoints fall between seconds: the deadline and the last steady frame carry. */
    @Override
    public Object checkpoint() {
        return new Carry(changeUntil, steadyMean, steadySeconds);
    }

    @Override
    public void restore(Object state) {
        Carry c = state == null ? new Carry(-1, Double.NaN, Double.NaN) : (Carry) state;
        changeUntil = c.changeUntil();
        steadyMean = c.steadyMean();
        steadySeconds = c.steadySeconds();
        worstRate = 0;
        worstStep = 0;
        worstLimit = 0;
    }
}
