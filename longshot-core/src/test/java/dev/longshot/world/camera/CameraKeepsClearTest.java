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

/**
 * Between cuts too the camera keeps clear of rocks and buildings: a following eye that a
 * dolly-out backs behind a rock rises until it sees its subject over it, and stays out of
 * the rock; a free line does not start facing a wall of stone.
 */
class CameraKeepsClearTest {
    private static final Terrain FLAT = new Terrain(11, Setting.GRASSLAND, Water.NONE);
    private static final double DT = 1.0 / 60;

    private static Shot dollyOut(double elapsed) {
        return Shot.of(new CameraSpec("dolly-out", "medium", null, null, null, 1, null, null),
                elapsed, true);
    }

    /** A deer 40 m north of the spawn point, and the rig cut to its medium shot. */
    private static CameraTarget deer(CameraRig rig) {
        Vec3 spot = rig.position().plus(new Vec3(0, 0, -40));
        return new CameraTarget(new Vec3(spot.x(), FLAT.heightAt(spot.x(), spot.z()) + 0.8,
                spot.z()), Vec3.ZERO, 1, 1.6, 0, false);
    }

    /** The rig after {@code seconds} of the dolly-out, among {@code solids} (null: none). */
    private static CameraRig run(CameraRig start, CameraTarget target, ObstacleField solids,
            double seconds) {
        CameraRig rig = start;
        for (int f = 0; f < seconds / DT; f++) {
            rig = rig.step(dollyOut(f * DT), FLAT, target, solids, DT);
        }
        return rig;
    }

    /** A rock {@code r} m wide and {@code h} m tall where the dolly-out's eye passes. */
    private static ObstacleField rockOnThePath(CameraRig start, CameraTarget target,
            double r, double h) {
        Vec3 at = run(start, target, null, 4).position();
        Vec3 away = at.minus(target.centre());
        Vec3 flat = new Vec3(away.x(), 0, away.z()).times(1 / Math.hypot(away.x(), away.z()));
        Vec3 base = at.minus(flat.times(r + 1.5));
        return ObstacleField.of(List.of(new Obstacle("rock#1",
                new Vec3(base.x(), FLAT.heightAt(base.x(), base.z()), base.z()), r, h)),
                FLAT.extent());
    }

    @Test
    void aDollyOutBehindARockRisesToSeeItsSubjectOverIt() {
        CameraRig cut = CameraRig.spawn(FLAT);
        CameraTarget deer = deer(cut);
        cut = cut.cutTo(dollyOut(0), FLAT, deer);
        ObstacleField rock = rockOnThePath(cut, deer, 2.5, 4);
        assertFalse(run(cut, deer, null, 4).sees(deer, FLAT, rock),
                "unchecked, the eye ends up behind the rock");
        CameraRig clear = run(cut, deer, rock, 4);
        assertTrue(clear.sees(deer, FLAT, rock), "the eye sees the deer over the rock: "
                + clear.position());
    }

    @Test
    void aFollowingEyeStaysOutOfTheRockItPasses() {
        CameraRig cut = CameraRig.spawn(FLAT);
        CameraTarget deer = deer(cut);
        cut = cut.cutTo(dollyOut(0), FLAT, deer);
        // A rock half-way along the path the dolly-out takes from its start.
        Vec3 from = cut.position();
        Vec3 to = run(cut, deer, null, 4).position();
        Vec3 mid = Vec3.lerp(from, to, 0.5);
        double r = 1.5;
        assertTrue(mid.minus(from).length() > r + 1, "the path is long enough to pass a rock: "
                + from + " to " + to);
        Obstacle o = new Obstacle("rock#1", new Vec3(mid.x(), FLAT.heightAt(mid.x(), mid.z()),
                mid.z()), r, mid.y() - FLAT.heightAt(mid.x(), mid.z()) + 0.8);
        ObstacleField rock = ObstacleField.of(List.of(o), FLAT.extent());
        CameraRig rig = cut;
        for (int f = 0; f < 6 / DT; f++) {
            rig = rig.step(dollyOut(f * DT), FLAT, deer, rock, DT);
            Vec3 p = rig.position();
            double d = Math.hypot(p.x() - o.base().x(), p.z() - o.base().z());
            assertTrue(d > o.radius() || p.y() > o.base().y() + o.height(),
                    "inside the rock at frame " + f + ": " + p + " " + d + " top "
                            + (o.base().y() + o.height()) + " from " + from + " to " + to);
        }
    }

    @Test
    void theSameStepsGiveTheSamePath() {
        CameraRig cut = CameraRig.spawn(FLAT);
        CameraTarget deer = deer(cut);
        cut = cut.cutTo(dollyOut(0), FLAT, deer);
        ObstacleField rock = rockOnThePath(cut, deer, 2.5, 4);
        assertEquals(run(cut, deer, rock, 5), run(cut, deer, rock, 5));
    }

    @Test
    void aFreeLineTurnsAwayFromAWallOfStone() {
        CameraRig rig = CameraRig.spawn(FLAT);
        Vec3 ahead = rig.position().plus(new Vec3(0, 0, -8));
        ObstacleField cliff = ObstacleField.of(List.of(new Obstacle("rock#7",
                new Vec3(ahead.x(), FLAT.heightAt(ahead.x(), ahead.z()), ahead.z()), 5, 12)),
                FLAT.extent());
        assertTrue(rig.facesAWall(FLAT, cliff), "the rock fills the view");
        Shot still = Shot.of(dev.longshot.plan.CameraMove.STATIC);
        CameraRig turned = rig.turnedToAnOpenView(still, FLAT, cliff);
        assertFalse(turned.facesAWall(FLAT, cliff), "turned to an open view");
        assertEquals(rig.position(), turned.position(), "from the same spot");
        assertEquals(rig.pitchDeg(), turned.pitchDeg());
        ObstacleField none = ObstacleField.of(List.of(), FLAT.extent());
        assertEquals(rig, rig.turnedToAnOpenView(still, FLAT, none), "an open view is kept");
    }

    @Test
    void anEyeLiftedOntoARoofStaysOnItInsteadOfClimbingOn() {
        CameraRig cut = CameraRig.spawn(FLAT);
        CameraTarget deer = deer(cut);
        cut = cut.cutTo(dollyOut(0), FLAT, deer);
        // A tower round the eye: the rig is held onto its top at once.
        Vec3 at = cut.position();
        double ground = FLAT.heightAt(at.x(), at.z());
        ObstacleField tower = ObstacleField.of(List.of(new Obstacle("tower#1",
                new Vec3(at.x(), ground, at.z()), 6, 30)), FLAT.extent());
        CameraRig rig = cut;
        for (int f = 0; f < 2 / DT; f++) rig = rig.step(dollyOut(f * DT), FLAT, deer, tower, DT);
        assertTrue(rig.position().y() < ground + 30 + 20, "stays near the top: " + rig.position());
        assertTrue(rig.velocity().length() < 40, "no runaway climb: " + rig.velocity());
    }
}
