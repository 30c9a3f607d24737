package dev.longshot.world;

import dev.longshot.plan.LineNames;
import dev.longshot.plan.ScenePlan;
import dev.longshot.world.camera.Camera;

/**
 * Where the moon hangs when a line names it ("the moon rises over the castle", 明月升起):
 * where that line's shot sees it — low in the upper part of the frame, a little right of
 * the middle so it does not sit behind what the shot is of — as a film hangs its moon, not
 * where the hour would put it (overhead at midnight, out of every level shot). The spot is
 * chosen once, from the camera at the start of the line whose plan brings the moon into the
 * sky ({@link #rises}), and kept while the sky keeps the moon,
 * so the camera moves past a moon that stays put. It rises into that spot over the line's
 * first {@link #RISE_SECONDS}.
 */
public final class MoonRise {
    /** Seconds the moon takes to climb into its place at the start of the naming line. */
    static final double RISE_SECONDS = 1.0;
    /** Degrees it climbs over those seconds. */
    static final double RISE_DEG = 2;
    /** Height of the moon's centre above the frame's middle, a share of the vertical fov. */
    private static final double UP = 0.4;
    /** Its offset right of the middle, a share of the vertical fov (fits any frame ≥ 1:1). */
    private static final double RIGHT = 0.3;
    /** Lowest elevation of its centre, degrees: clear of the horizon's haze. */
    private static final double LOWEST = 9;
    /** The same for a shot that frames a subject and cannot look up for the moon. */
    private static final double LOWEST_FRAMED = 2.5;
    /** About the moon's apparent radius as drawn, degrees: it stays wholly in the frame. */
    private static final double MOON_HALF_DEG = 1;

    private MoonRise() {}

    /**
     * A placed moon: compass heading and elevation of its centre, degrees, and the video
     * second the line that placed it began.
     */
    record Place(double headingDeg, double elevationDeg, double since) {}

    /** Whether {@code plan}'s sky holds the moon. */
    public static boolean asked(ScenePlan plan) {
        return plan.keys().sky().contains("moon");
    }

    /**
     * Whether {@code plan}'s line names the moon: its sky holds the moon and its text says
     * one of the catalog's words for it (月光, "the moon") — the rule {@code longshot shown}
     * judges the line by.
     */
    public static boolean named(ScenePlan plan) {
        return asked(plan) && LineNames.namesEntry(plan, "moon");
    }

    /**
     * Whether the moon at {@code toMoon} is well inside the frame of {@code camera} (of any
     * frame at least as wide as it is tall).
     */
    static boolean inView(Camera camera, Vec3 toMoon) {
        double half = camera.verticalFovDeg() / 2 * 0.85;
        double heading = Wander.headingOf(toMoon.x(), toMoon.z());
        double elevation = StrictMath.toDegrees(StrictMath.asin(
                StrictMath.max(-1, StrictMath.min(1, toMoon.y()))));
        return StrictMath.abs(Wander.turn(camera.yawDeg(), heading)) < half
                && StrictMath.abs(elevation - camera.pitchDeg()) < half;
    }

    /**
     * The moon placed again in view of {@code camera} at {@code seconds}, already risen: a
     * line that names a moon the shot does not see cuts to a shot that does.
     */
    static Place shownTo(Camera camera, double seconds) {
        Place p = placeFor(camera, seconds);
        return new Place(p.headingDeg(), p.elevationDeg(), seconds - RISE_SECONDS);
    }

    /**
     * As {@link #shownTo(Camera, double)} for a shot that frames a subject and so cannot lift
     * its eyes (a pagoda on a cliff seen from above it): the moon may hang as low as
     * {@link #LOWEST_FRAMED}, just over the horizon in the strip of sky the shot shows.
     */
    static Place shownLowTo(Camera camera, double seconds) {
        double fov = camera.verticalFovDeg();
        double top = camera.pitchDeg() + fov / 2 * 0.85 - MOON_HALF_DEG;
        double elevation = StrictMath.max(LOWEST_FRAMED, StrictMath.min(
                camera.pitchDeg() + UP * fov, top));
        return new Place(camera.yawDeg() + RIGHT * fov, elevation, seconds - RISE_SECONDS);
    }

    /** The least pitch at which {@code camera} sees a moon placed at its lowest. */
    static double pitchToSee(Camera camera) {
        return LOWEST - UP * camera.verticalFovDeg();
    }

    /**
     * Whether {@code plan} brings the moon into the sky: it holds it and the second before
     * ({@code before}, null at the start) did not — the line that says "the moon rises".
     */
    public static boolean rises(ScenePlan before, ScenePlan plan) {
        return asked(plan) && (before == null || !asked(before));
    }

    /** The moon's place in view of {@code camera}, for a line that began at {@code since}. */
    static Place placeFor(Camera camera, double since) {
        double fov = camera.verticalFovDeg();
        double elevation = StrictMath.max(LOWEST, camera.pitchDeg() + UP * fov);
        return new Place(camera.yawDeg() + RIGHT * fov, elevation, since);
    }

    /**
     * Unit vector to the moon placed at {@code place} at video second {@code seconds}: below
     * its place by up to {@link #RISE_DEG} early in the line that placed it, climbing.
     */
    static Vec3 toMoon(Place place, double seconds) {
        double left = StrictMath.max(0, 1 - (seconds - place.since()) / RISE_SECONDS);
        double e = StrictMath.toRadians(place.elevationDeg() - RISE_DEG * left * left);
        Vec3 h = Wander.heading(place.headingDeg());
        return new Vec3(h.x() * StrictMath.cos(e), StrictMath.sin(e), h.z() * StrictMath.cos(e));
    }
}
