package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraSpec;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.creature.ObstacleField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cut to a framed shot sees its target: it goes round a building in the way. */
class ClearViewTest {
    private static final Terrain FLAT = new Terrain(11, Setting.GRASSLAND, Water.NONE);
    private static final Shot WIDE = Shot.of(new CameraSpec("static", "wide", null, null, null,
            1, null, null), 0, true);

    @Test
    void aCutGoesRoundABuildingBetweenTheEyeAndTheTarget() {
        CameraRig rig = CameraRig.spawn(FLAT);
        Vec3 spot = rig.position().plus(new Vec3(0, 0, -60));
        Vec3 foot = new Vec3(spot.x(), FLAT.heightAt(spot.x(), spot.z()), spot.z());
        CameraTarget tower = new CameraTarget(foot.plus(new Vec3(0, 6, 0)), Vec3.ZERO, 2, 12,
                0, false);
        CameraRig plain = rig.cutTo(WIDE, FLAT, tower);
        // A house right between where the plain cut puts the eye and the tower.
        Vec3 mid = Vec3.lerp(plain.position(), tower.centre(), 0.5);
        Obstacle house = new Obstacle("house#1", new Vec3(mid.x(),
                FLAT.heightAt(mid.x(), mid.z()), mid.z()), 5, 15);
        ObstacleField solids = ObstacleField.of(List.of(house), FLAT.extent());
        assertFalse(plain.sees(tower, FLAT, solids), "the house hides the tower");

        CameraRig cut = rig.cutTo(WIDE, FLAT, tower, solids);
        assertTrue(cut.sees(tower, FLAT, solids), "the cut sees the tower");
        double was = plain.position().minus(tower.centre()).length();
        double now = cut.position().minus(tower.centre()).length();
        assertEquals(was, now, 0.05 * was, "at the wide shot's distance");
    }

    @Test
    void aClearViewKeepsTheSideTheCameraIsOn() {
        CameraRig rig = CameraRig.spawn(FLAT);
        Vec3 spot = rig.position().plus(new Vec3(0, 0, -60));
        CameraTarget tower = new CameraTarget(new Vec3(spot.x(), FLAT.heightAt(spot.x(),
                spot.z()) + 6, spot.z()), Vec3.ZERO, 2, 12, 0, false);
        ObstacleField none = ObstacleField.of(List.of(), FLAT.extent());
        assertEquals(rig.cutTo(WIDE, FLAT, tower), rig.cutTo(WIDE, FLAT, tower, none));
    }
}
