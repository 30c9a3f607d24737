package dev.longshot.validate;

import dev.longshot.world.EntityState;
import dev.longshot.world.Obstacle;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * Solids do not pass through each other: no subject inside a tree trunk, rock or building
 * (upright cylinders), and no two subjects overlapping (spheres of their radii, centred one
 * radius above the feet of ground-bound ones). A little contact is allowed: fur, antlers and
 * the collision shapes' coarseness.
 */
public final class Interpenetration implements Validator {
    public static final String RULE = "interpenetration";

    private final double slack;

    public Interpenetration(double strictness) {
        this.slack = Strictness.slack(strictness);
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public Schedule schedule() {
        return Schedule.FRAME;
    }

    /** Allowed depth: 5 cm plus 15% of the smaller radius, times the slack. */
    private double tolerance(double r1, double r2) {
        return (0.05 + 0.15 * StrictMath.min(r1, r2)) * slack;
    }

    @Override
    public List<Violation> check(Observation previous, Observation current) {
        List<Violation> found = new ArrayList<>();
        List<EntityState> entities = current.world().entities();
        if (entities.isEmpty()) return found;
        for (int i = 0; i < entities.size(); i++) {
            EntityState e = entities.get(i);
            Vec3 c = centre(e);
            for (Obstacle o : current.world().obstacles()) {
                double top = o.base().y() + o.height();
                if (c.y() + e.radius() < o.base().y() || c.y() - e.radius() > top) continue;
                double dx = c.x() - o.base().x();
                double dz = c.z() - o.base().z();
                double depth = e.radius() + o.radius() - StrictMath.sqrt(dx * dx + dz * dz);
                add(found, current, e.id() + " in " + o.id(), depth,
                        tolerance(e.radius(), o.radius()) + o.give());
            }
            for (int j = i + 1; j < entities.size(); j++) {
                EntityState f = entities.get(j);
                double depth = e.radius() + f.radius() - c.minus(centre(f)).length();
                add(found, current, e.id() + " in " + f.id(), depth,
                        tolerance(e.radius(), f.radius()));
            }
        }
        return found;
    }

    private static Vec3 centre(EntityState e) {
        return e.groundBound() ? e.position().plus(new Vec3(0, e.radius(), 0)) : e.position();
    }

    private static void add(List<Violation> found, Observation at, String who, double depth,
            double tolerance) {
        if (!(depth <= tolerance)) {
            found.add(new Violation(RULE, at.time(), who, "penetration depth", depth, tolerance));
        }
    }
}
