package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraSpec;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.creature.ObstacleField;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.Traffic;
import dev.longshot.world.scenery.VehicleMotion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A camera tracking a motorcycle keeps out of the bus that drives beside it, as it keeps out
 * of rocks and buildings: it rises over the roof before the bus reaches it, instead of
 * filming the inside of the bus.
 */
class CameraKeepsClearOfTrafficTest {
    private static final Terrain FLAT = new Terrain(11, Setting.GRASSLAND, Water.NONE);
    private static final double DT = 1.0 / 60;
    private static final double SECONDS = 8;
    /** A motorcycle heading north at 9 m/s from the spawn point. */
    private static final double BIKE_SPEED = 9;
    private static final ObstacleField NO_SOLIDS = ObstacleField.of(List.of(), FLAT.extent());

    private static Shot track(double elapsed) {
        return Shot.of(new CameraSpec("track", "medium", null, null, null, 1, null, null),
                elapsed, true);
    }

    private static CameraTarget bike(double t) {
        Vec3 s = FLAT.spawnPoint();
        double z = s.z() - BIKE_SPEED * t;
        return new CameraTarget(new Vec3(s.x(), FLAT.heightAt(s.x(), z) + 0.6, z),
                new Vec3(0, 0, -BIKE_SPEED), 1.05, 1.15, 0, false);
    }

    /** The eye's places, a step apart, tracking the bike among {@code traffic}. */
    private static List<Vec3> run(Traffic traffic) {
        CameraRig rig = CameraRig.spawn(FLAT).cutTo(track(0), FLAT, bike(0));
        List<Vec3> path = new ArrayList<>();
        for (int f = 0; f < SECONDS / DT; f++) {
            double t = f * DT;
            rig = rig.step(track(t), FLAT, bike(t), NO_SOLIDS, traffic.at(t), DT);
            path.add(rig.position());
        }
        return path;
    }

    /**
     * A bus heading north at its own 7 m/s whose middle, {@code when} seconds in, is where
     * the unhindered eye is then: the bike overtakes it, so the eye drives through it.
     */
    private static Prop busThrough(List<Vec3> free, double when) {
        Prop probe = new Prop(PropKind.VEHICLE, 0, 0, 0, 0, 0, 2.5, 12, 3.2, 5, 0, "bus",
                null);
        VehicleMotion.Pose off = VehicleMotion.at(probe, FLAT, when);
        Vec3 eye = free.get((int) StrictMath.round(when / DT));
        double x = eye.x() - off.x(), z = eye.z() - off.z();
        return new Prop(PropKind.VEHICLE, 0, x, FLAT.heightAt(x, z), z, 0, 2.5, 12, 3.2, 5, 0,
                "bus", null);
    }

    /** Whether {@code eye} at step {@code f} is within the bus's box. */
    private static boolean inside(Prop bus, Vec3 eye, int f) {
        VehicleMotion.Pose at = VehicleMotion.at(bus, FLAT, f * DT);
        double along = -(eye.z() - at.z()), across = eye.x() - at.x();
        return StrictMath.abs(along) < bus.depth() / 2 && StrictMath.abs(across) < bus.width() / 2
                && eye.y() < at.y() + bus.height();
    }

    private static int firstInside(Prop bus, List<Vec3> path) {
        for (int f = 0; f < path.size(); f++) if (inside(bus, path.get(f), f)) return f;
        return -1;
    }

    @Test
    void aTrackingEyeRisesOverABusItWouldDriveThrough() {
        List<Vec3> free = run(Traffic.NONE);
        Prop bus = busThrough(free, 5);
        assertTrue(firstInside(bus, free) >= 0, "unchecked, the eye drives through the bus");
        List<Vec3> kept = run(Traffic.of(List.of(bus), FLAT));
        int f = firstInside(bus, kept);
        assertEquals(-1, f, () -> "inside the bus at step " + f + ": " + kept.get(f));
    }

    @Test
    void theEyeComesBackDownOnceTheBusHasGone() {
        List<Vec3> free = run(Traffic.NONE);
        Prop bus = busThrough(free, 3);
        List<Vec3> kept = run(Traffic.of(List.of(bus), FLAT));
        Vec3 end = kept.get(kept.size() - 1), freeEnd = free.get(free.size() - 1);
        assertEquals(freeEnd.y(), end.y(), 0.5, "back at the shot's own height");
    }

    /**
     * A train running east across the bike's way on rails at ground level, its middle where
     * the unhindered eye is {@code when} seconds in.
     */
    private static Prop trainAcross(List<Vec3> free, double when) {
        Prop probe = new Prop(PropKind.VEHICLE, 0, 0, 0, 0, 90, 3, 60, 4, 5, 0, "train", null);
        VehicleMotion.Pose off = VehicleMotion.at(probe, FLAT, when);
        Vec3 eye = free.get((int) StrictMath.round(when / DT));
        double x = eye.x() - off.x();
        return new Prop(PropKind.VEHICLE, 0, x, FLAT.heightAt(eye.x(), eye.z()), eye.z(), 90, 3,
                60, 4, 5, 0, "train", null);
    }

    @Test
    void aTrackingEyeKeepsOutOfATrainCrossingItsWay() {
        List<Vec3> free = run(Traffic.NONE);
        Prop train = trainAcross(free, 5);
        List<Vec3> kept = run(Traffic.of(List.of(train), FLAT));
        int freeIn = -1, keptIn = -1;
        for (int f = 0; f < free.size(); f++) {
            VehicleMotion.Pose at = VehicleMotion.at(train, FLAT, f * DT);
            // The train runs along x: its length along x, its width along z.
            for (int k = 0; k < 2; k++) {
                Vec3 eye = (k == 0 ? free : kept).get(f);
                boolean in = StrictMath.abs(eye.x() - at.x()) < train.depth() / 2
                        && StrictMath.abs(eye.z() - at.z()) < train.width() / 2
                        && eye.y() > at.y() && eye.y() < at.y() + train.height();
                if (in && k == 0 && freeIn < 0) freeIn = f;
                if (in && k == 1 && keptIn < 0) keptIn = f;
            }
        }
        assertTrue(freeIn >= 0, "unchecked, the eye passes through the train");
        int in = keptIn;
        assertEquals(-1, in, () -> "inside the train at step " + in + ": " + kept.get(in)
                + " train " + VehicleMotion.at(train, FLAT, in * DT) + " free "
                + free.get(in) + " first free " + free.get(Math.max(0, in - 1)));
    }

    @Test
    void theSameTrafficGivesTheSamePath() {
        Prop bus = busThrough(run(Traffic.NONE), 5);
        assertEquals(run(Traffic.of(List.of(bus), FLAT)), run(Traffic.of(List.of(bus), FLAT)));
    }
}
