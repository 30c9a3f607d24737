package dev.longshot.validate;

import dev.longshot.world.EntityState;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * Gravity: ground-bound subjects stand on the terrain (within a tolerance for feet, grass
 * and the terrain's sampling), nothing is below the ground, and the camera's eye is above it.
 */
public final class Gravity implements Validator {
    public static final String RULE = "gravity";

    private final double maxGap;
    private final double maxSink;

    public Gravity(double strictness) {
        double slack = Strictness.slack(strictness);
        this.maxGap = 0.25 * slack; // metres between feet and ground
        this.maxSink = 0.15 * slack; // metres below the ground for anything
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
        Terrain terrain = current.spec().terrain();
        if (terrain == null) return found;
        Vec3 eye = current.spec().camera().position();
        double below = terrain.heightAt(eye.x(), eye.z()) - eye.y();
        if (!(below <= maxSink)) {
            found.add(new Violation(RULE, current.time(), "camera", "depth below ground", below,
                    maxSink));
        }
        for (EntityState e : current.world().entities()) {
            Vec3 p = e.position();
            double ground = terrain.heightAt(p.x(), p.z());
            double depth = ground - p.y();
            if (!(depth <= maxSink)) {
                found.add(new Violation(RULE, current.time(), e.id(), "depth below ground",
                        depth, maxSink));
            } else if (e.groundBound() && !(-depth <= maxGap)) {
                found.add(new Violation(RULE, current.time(), e.id(), "height above ground",
                        -depth, maxGap));
            }
        }
        return found;
    }
}
