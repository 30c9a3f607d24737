package dev.longshot.world.camera;

/**
 * Where a shot puts the camera relative to its subject: the lens (a shot size's usual focal
 * length unless the line names one), the distance at which the subject spans the share of
 * the frame the size asks for, the elevation the angle asks for, and how the line's move
 * changes them while it runs (a dolly-in closes the distance, a crane-up rises, a zoom or
 * crash zoom lengthens the lens).
 *
 * @param fovDeg       vertical field of view, degrees
 * @param distance     eye to subject centre, metres
 * @param elevationDeg the eye's elevation seen from the subject, degrees (negative: below)
 * @param aimLift      how far above the subject's centre to aim, as a share of its height
 */
record Framing(double fovDeg, double distance, double elevationDeg, double aimLift) {
    /** Least share of the frame's height one body of a group spans, however wide the shot. */
    static final double MIN_BODY = 0.05;
    /**
     * The same for a flyer: a bird seen against the sky is a thin stroke of wings, so at a
     * walker's share a flock of vultures covered under half a percent of the frame.
     */
    static final double MIN_FLYER = 0.08;

    /** Least distance of a drone from its subject, metres; straight overhead, less. */
    static final double DRONE_LEAST = 12, DRONE_OVERHEAD = 6;

    /** Share of the frame groups that stand apart span together. */
    static final double APART_SPAN = 0.8;

    /** Least share of the frame's height one body of {@code target} spans. */
    static double minBody(CameraTarget target) {
        return target.flying() ? MIN_FLYER : MIN_BODY;
    }
    /** Share of the frame's height (or width) the subject spans, per shot size. */
    static double span(String size) {
        if (size == null) return 0.3;
        return switch (size) {
            case "extreme-wide" -> 0.05;
            case "wide" -> 0.16;
            case "medium", "two-shot", "over-the-shoulder" -> 0.45;
            case "close-up" -> 0.95;
            case "extreme-close-up", "insert" -> 1.6;
            default -> 0.3;
        };
    }

    /** The usual lens of a shot size, mm (Super 35). */
    static double lensOf(String size) {
        if (size == null) return 24;
        return switch (size) {
            case "extreme-wide" -> 14;
            case "wide" -> 18;
            case "medium", "two-shot" -> 32;
            case "over-the-shoulder" -> 40;
            case "close-up" -> 65;
            case "extreme-close-up", "insert" -> 100;
            default -> 24;
        };
    }

    /** True for a size that frames one body rather than its group. */
    static boolean closeUp(String size) {
        return size != null && switch (size) {
            case "medium", "over-the-shoulder", "close-up", "extreme-close-up", "insert" -> true;
            default -> false;
        };
    }

    /** True for the angles that aim the camera at a subject (a dutch roll aims it nowhere). */
    static boolean aimed(String angle) {
        return "low".equals(angle) || "high".equals(angle) || "top-down".equals(angle);
    }

    /** True for the sizes that show a scene round its subjects. */
    static boolean wide(String size) {
        return "wide".equals(size) || "extreme-wide".equals(size) || "two-shot".equals(size);
    }

    /** True for the sizes closer than a medium shot. */
    static boolean closer(String size) {
        return size != null && switch (size) {
            case "close-up", "extreme-close-up", "insert" -> true;
            default -> false;
        };
    }

    /** True for the sizes that frame a detail: an extreme close-up, an insert. */
    private static boolean detail(String size) {
        return "extreme-close-up".equals(size) || "insert".equals(size);
    }

    /** The elevation an angle asks for, degrees. */
    static double elevationOf(String angle, String support) {
        double el = angle == null ? 8 : switch (angle) {
            case "low" -> -15;
            case "high" -> 35;
            case "top-down" -> 84;
            default -> 4;
        };
        return "drone".equals(support) ? StrictMath.max(el, 35) : el;
    }

    static Framing of(Shot shot, CameraTarget target) {
        double focal = shot.lensMm() != null ? shot.lensMm().doubleValue() : lensOf(shot.size());
        Sensor sensor = CameraMoveTargets.SENSOR;
        double tanV = StrictMath.tan(StrictMath.toRadians(sensor.verticalFovDeg(focal)) / 2);
        double tanH = StrictMath.tan(StrictMath.toRadians(sensor.horizontalFovDeg(focal)) / 2);
        double span = span(shot.size());
        boolean overhead = "top-down".equals(shot.angle());
        // An angle aimed at a subject with no size asked ("low angle on the wolves", "top-down
        // shot of the deer") is a shot of it, as full as a medium shot: at the wider default a
        // lone deer from overhead covered half a percent of the frame.
        if (shot.size() == null && aimed(shot.angle())) span = span("medium");
        // A spread-out group with no size asked fills more of the frame: each body is small.
        if (shot.size() == null && target.radius() > 1.5 * target.height()) span = 0.6;
        // From overhead the body's length is what spans the frame.
        double tall = StrictMath.max(0.2, overhead ? 2 * target.radius() : target.height());
        double wide = StrictMath.max(0.2, 2 * target.radius());
        double byHeight = tall / (2 * tanV * span), byWidth = wide / (2 * tanH * span);
        double d = StrictMath.max(byHeight, byWidth);
        // A close-up of something tall and thin (a lighthouse, a standing man) or long and
        // low goes past its whole outline: it fills the frame across, cut off along its length.
        if (closer(shot.size())) d = StrictMath.sqrt(byHeight * byWidth);
        // Groups that stand apart fill the frame across: any wider and the smaller is a speck.
        if (target.apart()) d = StrictMath.max(tall / (2 * tanV * APART_SPAN),
                wide / (2 * tanH * APART_SPAN));
        // However wide the shot, a body of a spread-out group stays big enough to make out.
        else if (target.radius() > target.body()) {
            d = StrictMath.min(d, target.body() / (2 * tanV * minBody(target)));
        }
        double el = elevationOf(shot.angle(), shot.support());
        // A drone keeps its height over a subject, less straight down: it hovers over it.
        if ("drone".equals(shot.support())) d = StrictMath.max(d, overhead ? DRONE_OVERHEAD : DRONE_LEAST);
        switch (shot.moveId()) {
            case "dolly-in" -> d *= 1.7 - 0.7 * shot.ramp(1.2);
            case "dolly-out" -> d *= 1 + 0.9 * shot.ramp(1.2);
            case "crane-up" -> {
                el = StrictMath.min(80, el + 50 * shot.ramp(2.5));
                d *= 1 + 0.4 * shot.ramp(2.5);
            }
            case "crane-down" -> {
                el = StrictMath.min(80, el + 50 * (1 - shot.ramp(2.5)));
                d *= 1 + 0.4 * (1 - shot.ramp(2.5));
            }
            case "zoom-in" -> focal *= 1 + shot.ramp(2);
            case "zoom-out" -> focal /= 1 + shot.ramp(2);
            case "crash-zoom" -> focal *= 1 + 2.5 * shot.ramp(0.2);
            default -> { }
        }
        // Never closer than the near plane allows, nor farther than the ground reaches.
        d = StrictMath.max(target.radius() + 0.8, StrictMath.min(400, d));
        // A close shot aims a little above the middle (a face under the frame's top third);
        // an extreme close-up or insert holds its detail in the middle.
        double lift = "low".equals(shot.angle()) ? 0.5 : detail(shot.size()) ? 0
                : closeUp(shot.size()) ? 0.15 : 0;
        return new Framing(sensor.verticalFovDeg(focal), d, el, lift);
    }
}
