package dev.longshot.validate;

import dev.longshot.plan.TimeOfDay;
import dev.longshot.world.DayClock;
import dev.longshot.world.Lighting;
import dev.longshot.world.SunPath;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * Light, decided once per second on the second's last frame:
 * <ul>
 *   <li>by day the key light comes from the sun of the frame's hour ({@link SunPath}); a
 *       shadow-mapped renderer casts shadows along {@link Lighting#toSun()} by construction,
 *       so this also holds the shadow direction;</li>
 *   <li>the sun and the key light move continuously from the second before, unless the
 *       storyboard asks for another time of day (the clock is travelling) or there is a cut;</li>
 *   <li>the hour agrees with the plan's time of day, or is on its way there.</li>
 * </ul>
 */
public final class LightConsistency implements Validator {
    public static final String RULE = "light";

    private final double maxKeyOffSunDeg;
    private final double maxSunStepDeg;
    private final double maxKeyStepDeg;
    private final double maxHourDrift;
    private Sample last;

    /** What the previous second ended with. */
    private record Sample(double hour, Vec3 key, TimeOfDay wanted) {}

    public LightConsistency(double strictness) {
        double slack = Strictness.slack(strictness);
        this.maxKeyOffSunDeg = 2 * slack;
        // The clock drifts one minute per second: the sun moves ≤ 0.3°/s.
        this.maxSunStepDeg = 1.5 * slack;
        // The twilight hand-over from the set sun's glow to the moon swings the key light
        // by up to ~9°/s at the drift rate.
        this.maxKeyStepDeg = 15 * slack;
        this.maxHourDrift = 0.05 * slack; // hours the clock may move away from the wanted time
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
        List<Violation> found = new ArrayList<>();
        if (current.spec().askedChange()) last = null; // a cut may change the light
        if (!current.endsSecond()) return found;
        Lighting light = current.spec().lighting();
        double hour = current.world().hour();
        TimeOfDay wanted = current.spec().plan().timeOfDay();
        Vec3 key = light.toSun().normalized();
        if (!Double.isNaN(hour)) {
            Vec3 sun = SunPath.toSun(hour);
            if (SunPath.elevationDeg(hour) > 2) {
                add(found, current, "key light", "degrees off the sun", angleDeg(key, sun),
                        maxKeyOffSunDeg);
            }
        }
        if (last != null) {
            // Travelling: not yet in the asked time, or in it and still going on to its hour.
            boolean travelling = !Double.isNaN(hour) && (DayClock.bucketOf(last.hour) != wanted
                    || DayClock.bucketOf(hour) != wanted
                    || shortestDelta(last.hour, DayClock.hourOf(wanted)) > 0);
            if (travelling) {
                // Asked for another time: the clock must be heading there, not away.
                double before = StrictMath.abs(shortestDelta(last.hour, DayClock.hourOf(wanted)));
                double now = StrictMath.abs(shortestDelta(hour, DayClock.hourOf(wanted)));
                if (DayClock.bucketOf(hour) != wanted) {
                    add(found, current, "clock", "hours moved away from " + wanted.id(),
                            now - before, maxHourDrift);
                }
            } else {
                add(found, current, "key light", "degrees moved in a second",
                        angleDeg(last.key, key), maxKeyStepDeg);
                if (!Double.isNaN(hour)) {
                    add(found, current, "sun", "degrees moved in a second",
                            angleDeg(SunPath.toSun(last.hour), SunPath.toSun(hour)),
                            maxSunStepDeg);
                }
            }
        }
        last = new Sample(hour, key, wanted);
        return found;
    }

    static double angleDeg(Vec3 a, Vec3 b) {
        double c = a.normalized().dot(b.normalized());
        return StrictMath.toDegrees(StrictMath.acos(StrictMath.max(-1, StrictMath.min(1, c))));
    }

    private static double shortestDelta(double from, double to) {
        double d = ((to - from) % 24 + 24) % 24;
        return d > 12 ? d - 24 : d;
    }

    private static void add(List<Violation> found, Observation at, String who, String what,
            double value, double tolerance) {
        if (!(value <= tolerance)) {
            found.add(new Violation(RULE, at.time(), who, what, value, tolerance));
        }
    }

    @Override
    public Object checkpoint() {
        return last;
    }

    @Override
    public void restore(Object state) {
        last = (Sample) state;
    }
}
