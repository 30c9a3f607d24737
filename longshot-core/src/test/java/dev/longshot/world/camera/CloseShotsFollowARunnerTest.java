package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import org.junit.jupiter.api.Test;

/**
 * A close shot re-aims and follows every frame: a subject running at a deer's top speed,
 * turning as it runs, stays in the frame's middle half for the whole line, and the eye
 * moves smoothly (no jump between frames after the cut).
 */
class CloseShotsFollowARunnerTest {
    private static final double DT = 1.0 / 24;
    private static final double SPEED = 6.5;

    private static void followsForTwoSeconds(String size) {
        Terrain terrain = new Terrain(11, Setting.GRASSLAND, Water.NONE);
        Vec3 start = terrain.spawnPoint().plus(new Vec3(0, 0, -12));
        CameraRig rig = CameraRig.spawn(terrain);
        double heading = 90;
        Vec3 feet = start;
        for (int f = 0; f <= 48; f++) {
            Shot shot = new Shot(CameraMove.STATIC, "static", size, null, null, null, null,
                    f * DT, true);
            Vec3 v = Wander.heading(heading).times(SPEED);
            Vec3 body = new Vec3(feet.x(), terrain.heightAt(feet.x(), feet.z()) + 0.9,
                    feet.z());
            CameraTarget target = new CameraTarget(body, v, 0.55, 1.7, heading, false);
            if (f == 0) rig = rig.cutTo(shot, terrain, target);
            Camera c = rig.camera();
            Vec3 to = body.minus(c.position());
            double off = StrictMath.toDegrees(StrictMath.acos(to.dot(c.forward()) / to.length()));
            assertTrue(off < c.verticalFovDeg() / 2,
                    size + ": subject " + off + "° off the axis at frame " + f);
            CameraRig next = rig.step(shot, terrain, target, DT);
            double moved = next.position().minus(rig.position()).length();
            assertTrue(moved < 1.5 * SPEED * DT + 0.05, size + " jumped " + moved + " m at " + f);
            rig = next;
            feet = feet.plus(v.times(DT));
            heading += 20 * DT; // a gentle turn as it runs
        }
    }

    @Test
    void closeUpKeepsARunningDeerInFrame() {
        followsForTwoSeconds("close-up");
    }

    @Test
    void extremeCloseUpKeepsARunningDeerInFrame() {
        followsForTwoSeconds("extreme-close-up");
    }
}
