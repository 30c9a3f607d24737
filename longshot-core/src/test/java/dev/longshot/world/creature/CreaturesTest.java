package dev.longshot.world.creature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.Water;
import dev.longshot.world.EntityState;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.WorldObservation;
import dev.longshot.world.WorldSimulator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class CreaturesTest {
    private static IntFunction<ScenePlan> scene(Setting setting, Water water, CameraMove move,
                                                Subject... subjects) {
        Set<Subject> set = EnumSet.noneOf(Subject.class);
        set.addAll(List.of(subjects));
        return t -> CreatureRun.plan(t, setting, water, set, move);
    }

    private static List<String> ids(FrameSpec spec, Subject type) {
        List<String> out = new ArrayList<>();
        for (SubjectPose p : spec.subjects()) if (p.is(type)) out.add(p.id());
        return out;
    }

    @Test
    void subjectsAppearWhenNamedKeepTheirIdsAndLeaveWhenDropped() {
        IntFunction<ScenePlan> plan = t -> CreatureRun.plan(t, Setting.FOREST, Water.STREAM,
                t < 3 ? Set.of(Subject.DEER) : t < 6 ? Set.of(Subject.DEER, Subject.EAGLE)
                        : Set.of(Subject.EAGLE), CameraMove.PAN);
        CreatureRun r = CreatureRun.of(4, 8, 24, plan);
        List<String> deer = ids(r.specs.get(0), Subject.DEER);
        assertTrue(deer.size() >= 4 && deer.size() <= 7, deer.toString());
        assertTrue(ids(r.specs.get(0), Subject.EAGLE).isEmpty());
        for (int f = 0; f < 6 * 24; f++) assertEquals(deer, ids(r.specs.get(f), Subject.DEER));
        List<String> eagle = ids(r.specs.get(3 * 24), Subject.EAGLE);
        assertEquals(1, eagle.size());
        assertFalse(deer.contains(eagle.get(0)));
        for (int f = 3 * 24; f < 8 * 24; f++) {
            assertEquals(eagle, ids(r.specs.get(f), Subject.EAGLE));
        }
        assertTrue(ids(r.specs.get(6 * 24), Subject.DEER).isEmpty());
    }

    @Test
    void groupsHaveTheirTypesSizes() {
        int[][] ranges = {{8, 15}, {20, 40}, {8, 16}, {10, 20}, {3, 5}};
        Subject[] types = {Subject.SHEEP, Subject.CROWD, Subject.SOLDIER, Subject.BIRD,
            Subject.WOLF};
        for (int k = 0; k < types.length; k++) {
            CreatureRun r = CreatureRun.of(11, 1, 24,
                    scene(Setting.GRASSLAND, Water.NONE, CameraMove.STATIC, types[k]));
            int n = r.specs.get(0).subjects().size();
            assertTrue(n >= ranges[k][0] && n <= ranges[k][1], types[k] + ": " + n);
        }
    }

    @Test
    void walkersStandOnTheGroundEveryFrame() {
        CreatureRun r = CreatureRun.of(5, 20, 24, scene(Setting.FOREST, Water.STREAM,
                CameraMove.STATIC, Subject.DEER, Subject.PERSON, Subject.WOLF));
        int moved = 0;
        for (FrameSpec s : r.specs) {
            for (SubjectPose p : s.subjects()) {
                double ground = s.terrain().heightAt(p.position().x(), p.position().z());
                assertEquals(ground, p.position().y(), 0.05, p.id() + " at " + s.time());
                if (p.speed() > 0.2) moved++;
            }
        }
        assertTrue(moved > 1000, "walkers hardly walked: " + moved);
    }

    @Test
    void aHerdACrowdAndARankAmongTreesBreakNoRuleOfMotionGravityOrSolids() {
        CreatureRun r = CreatureRun.of(8, 20, 24, scene(Setting.FOREST, Water.NONE,
                CameraMove.DOLLY, Subject.DEER, Subject.CROWD, Subject.SOLDIER, Subject.BIRD));
        assertEquals(List.of(), r.violations());
        int solids = 0;
        for (WorldObservation o : r.seen) solids = Math.max(solids, o.obstacles().size());
        assertTrue(solids > 0, "no trunk near anyone: the rule saw no solids");
        assertTrue(r.seen.get(0).entities().size() >= 4 + 20 + 8 + 10);
    }

    @Test
    void velocityChangesSmoothlyBetweenFrames() {
        CreatureRun r = CreatureRun.of(7, 20, 24, scene(Setting.GRASSLAND, Water.LAKE,
                CameraMove.STATIC, Subject.HORSE, Subject.SHEEP, Subject.BIRD));
        for (int f = 1; f < r.seen.size(); f++) {
            List<EntityState> before = r.seen.get(f - 1).entities();
            List<EntityState> now = r.seen.get(f).entities();
            assertEquals(before.size(), now.size());
            for (int i = 0; i < now.size(); i++) {
                double dv = now.get(i).velocity().minus(before.get(i).velocity()).length();
                assertTrue(dv * 24 < 20, now.get(i).id() + " dv/dt " + dv * 24 + " at " + f);
            }
        }
    }

    @Test
    void fishSwimUnderTheSurfaceAndBirdsFlyAboveTheGround() {
        CreatureRun r = CreatureRun.of(8, 20, 24, scene(Setting.VALLEY, Water.RIVER,
                CameraMove.STATIC, Subject.FISH, Subject.BIRD, Subject.EAGLE));
        int fish = 0;
        for (FrameSpec s : r.specs) {
            Terrain t = s.terrain();
            for (SubjectPose p : s.subjects()) {
                Vec3 q = p.position();
                double ground = t.heightAt(q.x(), q.z());
                if (p.is(Subject.FISH)) {
                    fish++;
                    assertTrue(q.y() < t.waterLevel() && q.y() > ground, p.id() + " " + q);
                } else {
                    assertTrue(q.y() > Math.max(ground, t.waterLevel()) + 3, p.id() + " " + q);
                }
            }
        }
        assertTrue(fish >= 6 * r.specs.size());
        assertEquals(List.of(), r.violations());
    }

    @Test
    void restoreReplaysTheSamePoses() {
        IntFunction<ScenePlan> plan = scene(Setting.CITY, Water.NONE, CameraMove.PAN,
                Subject.CROWD, Subject.BIRD);
        CreatureRun r = CreatureRun.of(9, 2, 24, plan);
        WorldSimulator.Snapshot snap = r.world.checkpoint();
        r.more(48, 48, 24, plan);
        List<FrameSpec> first = new ArrayList<>(r.specs.subList(48, 96));
        r.world.restore(snap);
        r.specs.clear();
        r.more(48, 48, 24, plan);
        for (int f = 0; f < 48; f++) {
            assertEquals(first.get(f).subjects(), r.specs.get(f).subjects());
        }
    }

    @Test
    void aNewSaltRedrawsTheWanderingWithoutAJump() {
        IntFunction<ScenePlan> plan = scene(Setting.GRASSLAND, Water.NONE, CameraMove.STATIC,
                Subject.SHEEP);
        CreatureRun a = CreatureRun.of(10, 2, 24, plan);
        a.world.resample(12345);
        a.more(48, 96, 24, plan);
        CreatureRun b = CreatureRun.of(10, 6, 24, plan);
        assertFalse(a.specs.get(143).subjects().equals(b.specs.get(143).subjects()));
        assertEquals(List.of(), a.violations());
    }
}
