package dev.longshot.world.camera;

import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.Things;
import dev.longshot.world.scenery.VehicleMotion;
import java.util.ArrayList;
import java.util.List;

/**
 * The things a line names as a camera frames them ({@link CameraTarget}s), read from the
 * place's scenery at a moment of the world's clock: of each id the one placed nearest the
 * place's spawn point (the view the place was laid out for; fixed for the place, so the shot
 * does not hop between lamps as the camera moves), where it is now — a vehicle on its way —
 * with its size and drift.
 */
public final class ThingTargets {
    /** How far back a vehicle's drift is measured, world seconds. */
    private static final double DRIFT_SECONDS = 0.05;

    private ThingTargets() {}

    /** Of each id of {@code ids} that stands in {@code terrain}, the prop a camera frames. */
    public static List<Prop> chosen(List<String> ids, Terrain terrain) {
        List<Prop> out = new ArrayList<>();
        for (String id : ids) {
            Prop p = chosen(id, terrain);
            if (p != null) out.add(p);
        }
        return out;
    }

    /** The targets of {@code props} at {@code seconds} of the world's clock, in their order. */
    public static List<CameraTarget> of(List<Prop> props, Terrain terrain, double seconds) {
        List<CameraTarget> out = new ArrayList<>(props.size());
        for (Prop p : props) out.add(targetOf(p, terrain, seconds));
        return out;
    }

    /** Whether any of {@code props} moves (a vehicle): only then do targets change in time. */
    public static boolean moving(List<Prop> props) {
        for (Prop p : props) {
            if (Things.recipe(p.thing()).family().equals("vehicle")) return true;
        }
        return false;
    }

    /** The prop of thing {@code id} placed nearest the spawn point (the first of equals). */
    static Prop chosen(String id, Terrain terrain) {
        Vec3 spawn = terrain.spawnPoint();
        Prop best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Prop p : terrain.scenery().props()) {
            if (!p.thing().equals(id)) continue;
            double d = StrictMath.hypot(p.x() - spawn.x(), p.z() - spawn.z());
            if (d < bestD) {
                bestD = d;
                best = p;
            }
        }
        return best;
    }

    /** The target of one prop at {@code seconds}: its middle, drift, reach and height. */
    static CameraTarget targetOf(Prop p, Terrain terrain, double seconds) {
        boolean vehicle = Things.recipe(p.thing()).family().equals("vehicle");
        double x = p.x(), y = p.y(), z = p.z(), yaw = p.yawDeg();
        Vec3 v = Vec3.ZERO;
        if (vehicle) {
            VehicleMotion.Pose now = VehicleMotion.at(p, terrain, seconds);
            VehicleMotion.Pose before = VehicleMotion.at(p, terrain, seconds - DRIFT_SECONDS);
            x = now.x();
            y = now.y();
            z = now.z();
            yaw = now.yawDeg();
            v = new Vec3(now.x() - before.x(), now.y() - before.y(), now.z() - before.z())
                    .times(1 / DRIFT_SECONDS);
            // A vehicle that came round its loop jumped: it has no drift at that instant.
            if (v.length() > 4 * Things.speed(p.thing()) + 1) v = Vec3.ZERO;
        }
        double reach = StrictMath.max(0.3, 0.5 * StrictMath.max(p.width(), p.depth()));
        double tall = StrictMath.max(0.3, p.height());
        boolean flying = Things.route(p.thing()).equals("air");
        return new CameraTarget(new Vec3(x, y + tall * 0.5, z), v, reach, tall, yaw, flying);
    }
}
