package dev.longshot.validate;

import dev.longshot.world.EntityState;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rigid-body continuity of every subject between consecutive frames: no teleport (it moved
 * as far as its velocity says, and no faster than any animal or person runs), no velocity jump
 * (acceleration limit). A subject may appear or leave; a cut resets everything.
 */
public final class EntityMotion implements Validator {
    public static final String RULE = "entity-motion";

    private final double maxSpeed;
    private final double maxAcceleration;
    private final double maxDrift;

    public EntityMotion(double strictness) {
        double slack = Strictness.slack(strictness);
        this.maxSpeed = 45 * slack; // m/s: a diving eagle or a galloping horse, with margin
        this.maxAcceleration = 30 * slack; // m/s²: a sprinting predator reaches ~10
        this.maxDrift = 3 * slack; // m/s between where it went and where its velocity says
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public Schedule schedule() {
        return Schedule.FRAME;
    }

    @Override
    public List<Violation> check(Observation previous, Observation current) {
        List<Violation> found = new ArrayList<>();
        if (previous == null || current.spec().askedChange() || current.world().entities().isEmpty()) {
            return found;
        }
        // Creatures move by the world's clock: slow motion is not a creature slowing down.
        double dt = current.spec().worldSeconds() - previous.spec().worldSeconds();
        if (!(dt > 0)) return found;
        Map<String, EntityState> before = new HashMap<>();
        for (EntityState e : previous.world().entities()) before.put(e.id(), e);
        for (EntityState e : current.world().entities()) {
            EntityState p = before.get(e.id());
            if (p == null) continue; // just appeared
            Vec3 moved = e.position().minus(p.position()).times(1 / dt);
            Vec3 said = e.velocity().plus(p.velocity()).times(0.5);
            add(found, current, e, "speed", moved.length(), maxSpeed);
            add(found, current, e, "displacement vs velocity", moved.minus(said).length(),
                    maxDrift);
            add(found, current, e, "acceleration",
                    e.velocity().minus(p.velocity()).length() / dt, maxAcceleration);
        }
        return found;
    }

    private static void add(List<Violation> found, Observation at, EntityState e, String what,
            double value, double tolerance) {
        if (!(value <= tolerance)) {
            found.add(new Violation(RULE, at.time(), e.id(), what, value, tolerance));
        }
    }
}
