package dev.longshot.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Optical flow between consecutive rendered frames (block matching on the downscaled luma,
 * {@link BlockFlow}) has no spikes outside cuts. Two signs of a jump the world's own checks
 * could miss: the picture stops being explainable by motion (the residual after motion
 * compensation spikes above its recent level), or the image motion itself jumps (the
 * change of displacement between consecutive pairs, in thumbnail pixels, beyond what an image
 * acceleration limit allows plus six pixels: the median of integer block vectors can hop
 * between the sky's and the ground's motion from one pair to the next). Decided once
 * per second from the worst pair. Pairs with a frame lit by lightning (an asked-for storm event
 * whose bolt is not motion) are skipped; the running state carries over them. Falling rain
 * and snow, also asked for, earn a residual allowance in proportion to how much falls.
 */
public final class OpticalFlow implements Validator {
    public static final String RULE = "optical-flow";
    /** Weight of each new pair in the running residual level. */
    private static final double LEVEL_WEIGHT = 0.25;
    /**
     * Residual allowed on top of the limit at full rain or snow: falling particles move on
     * their own, and those entering or leaving the camera's particle volume pop, so motion
     * compensation cannot explain them. Scaled by how much is falling; none in dry weather.
     */
    private static final double PRECIPITATION_RESIDUAL = 0.06;

    private final double residualFloor;
    private final double residualRatio;
    private final double maxImageAccel;
    private final double medianHop;
    private State state = State.START;
    private double worstResidual;
    private double worstResidualLimit;
    private double worstJerk;
    private double worstJerkLimit;

    /**
     * What carries from one second to the next.
     *
     * @param level    running residual level (NaN right after a cut)
     * @param dx       image motion of the last pair, thumbnail px (NaN right after a cut)
     */
    private record State(double level, double dx, double dy) {
        static final State START = new State(Double.NaN, Double.NaN, Double.NaN);
    }

    public OpticalFlow(double strictness) {
        double slack = Strictness.slack(strictness);
        // Of full scale: tiny renders alias (trees, water) up to ~0.11 between frames
        this.residualFloor = 0.12 * slack;
        this.residualRatio = 4 * slack; // a spike is this many times the recent level
        this.maxImageAccel = 6 * slack; // frame widths per second²
        // Thumbnail px: block-vector medians hop up to ~14 px between sane 24-fps frames of
        // low-texture aerial shots; a real pop moves more, and the residual catches the rest.
        this.medianHop = 16 * slack;
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
        // A whip pan or crash zoom is meant to smear the image: its frames are not judged.
        if (previous == null || current.spec().askedChange() || current.frame() == null
                || current.abruptShot()) {
            state = State.START;
        } else if (!lit(previous) && !lit(current)) {
            pair(previous, current);
        }
        if (!current.endsSecond()) return List.of();
        List<Violation> found = new ArrayList<>();
        if (worstResidual > worstResidualLimit) {
            found.add(new Violation(RULE, current.time(), "frame", "motion-compensated residual",
                    worstResidual, worstResidualLimit));
        }
        if (worstJerk > worstJerkLimit) {
            found.add(new Violation(RULE, current.time(), "frame",
                    "change of image motion (px)", worstJerk, worstJerkLimit));
        }
        worstResidual = 0;
        worstResidualLimit = 0;
        worstJerk = 0;
        worstJerkLimit = 0;
        return found;
    }

    private static double precipitation(Observation o) {
        var a = o.spec().lighting().atmosphere();
        return StrictMath.min(1, StrictMath.max(a.rain(), a.snow()));
    }

    private static boolean lit(Observation o) {
        return o.spec().lighting().atmosphere().flash() > 0;
    }

    private void pair(Observation previous, Observation current) {
        Thumbnail a = previous.luma();
        Thumbnail b = current.luma();
        BlockFlow flow = BlockFlow.between(a, b);
        double dt = current.time().seconds() - previous.time().seconds();
        double limit = (Double.isNaN(state.level) ? residualFloor
                : StrictMath.max(residualFloor, residualRatio * state.level))
                + PRECIPITATION_RESIDUAL * precipitation(current);
        if (flow.residual() - limit > worstResidual - worstResidualLimit) {
            worstResidual = flow.residual();
            worstResidualLimit = limit;
        }
        if (!Double.isNaN(state.dx)) {
            double jerk = StrictMath.hypot(flow.dx() - state.dx, flow.dy() - state.dy);
            double jerkLimit = maxImageAccel * dt * dt * b.width() + medianHop;
            if (jerk - jerkLimit > worstJerk - worstJerkLimit) {
                worstJerk = jerk;
                worstJerkLimit = jerkLimit;
            }
        }
        double level = Double.isNaN(state.level) ? flow.residual()
                : state.level + (flow.residual() - state.level) * LEVEL_WEIGHT;
        state = new State(level, flow.dx(), flow.dy());
    }

    @Override
    public Object checkpoint() {
        return state;
    }

    @Override
    public void restore(Object s) {
        state = (State) s;
        worstResidual = 0;
        worstResidualLimit = 0;
        worstJerk = 0;
        worstJerkLimit = 0;
    }
}
