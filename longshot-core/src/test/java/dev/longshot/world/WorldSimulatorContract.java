package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.camera.Camera;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorldSimulator} promises: the same seed and plans give the same frames
 * in a fresh instance; {@link WorldSimulator#checkpoint()} / {@link WorldSimulator#restore}
 * replay exactly (also from the very start, also twice from one snapshot, and with the
 * re-sampling salt, which is part of the state); null plans or times and foreign snapshots
 * are refused with a message.
 *
 * <p>The run: 4 seconds at 12 fps of a forest with deer under a dolly, rain asked for at
 * second 2, a cut to a desert at second 3; the checkpoint falls at second 2.
 */
public abstract class WorldSimulatorContract {
    static final int FPS = 12;
    static final int FRAMES = 4 * FPS;
    static final int CHECKPOINT = 2 * FPS;

    /** A world drawn from {@code seed}. */
    protected abstract WorldSimulator create(long seed);

    static ScenePlan planAt(int t) {
        return new ScenePlan(t, "", t < 3 ? Setting.FOREST : Setting.DESERT, Water.NONE,
                TimeOfDay.MORNING, t < 2 ? Weather.CLEAR : Weather.RAIN, Set.of(Subject.DEER),
                t == 1 ? CameraMove.PAN : CameraMove.DOLLY, List.of(), t < 3 ? 0 : 1);
    }

    /**
     * What a frame shows, comparable across instances (terrains compare by identity, so by
     * their seed, place and morph instead), together with what the world lets validators see.
     */
    record Seen(Timecode time, Camera camera, Lighting lighting, boolean cut,
            List<SubjectPose> subjects, Object change, long ground, Setting setting,
            double morph, WorldObservation observed) {}

    static Seen seen(FrameSpec s, WorldObservation observed) {
        Object change = s.change().active()
                ? List.of(s.change().kind(), s.change().progress()) : "none";
        return new Seen(s.time(), s.camera(), s.lighting(), s.cut(), s.subjects(), change,
                s.terrain().seed(), s.terrain().setting(), s.terrain().morphProgress(),
                observed);
    }

    /** Frames {@code from … to-1} of the walk. */
    static List<Seen> walk(WorldSimulator world, int from, int to) {
        List<Seen> seen = new ArrayList<>();
        for (int f = from; f < to; f++) {
            Timecode time = new Timecode(f, FPS);
            FrameSpec spec = world.step(planAt(time.second()), time);
            seen.add(seen(spec, world.observe()));
        }
        return seen;
    }

    @Test
    void sameSeedGivesTheSameFramesInAFreshInstance() {
        assertEquals(walk(create(11), 0, FRAMES), walk(create(11), 0, FRAMES));
    }

    @Test
    void restoreReplaysTheSameFrames() {
        WorldSimulator world = create(11);
        walk(world, 0, CHECKPOINT);
        WorldSimulator.Snapshot at = world.checkpoint();
        List<Seen> first = walk(world, CHECKPOINT, FRAMES);
        WorldSimulator straight = create(11);
        assertEquals(walk(straight, 0, FRAMES).subList(CHECKPOINT, FRAMES), first,
                "taking a checkpoint changed the run");
        world.restore(at);
        assertEquals(first, walk(world, CHECKPOINT, FRAMES), "after restore");
        world.restore(at);
        assertEquals(first, walk(world, CHECKPOINT, FRAMES), "after a second restore");
    }

    @Test
    void restoreToTheStartReplaysTheWholeRun() {
        WorldSimulator world = create(11);
        WorldSimulator.Snapshot start = world.checkpoint();
        List<Seen> first = walk(world, 0, FRAMES);
        world.restore(start);
        assertEquals(first, walk(world, 0, FRAMES));
    }

    @Test
    void theResamplingSaltIsReplayedWithTheState() {
        WorldSimulator world = create(11);
        walk(world, 0, CHECKPOINT);
        WorldSimulator.Snapshot at = world.checkpoint();
        world.resample(7);
        List<Seen> salted = walk(world, CHECKPOINT, FRAMES);
        world.restore(at);
        world.resample(7);
        assertEquals(salted, walk(world, CHECKPOINT, FRAMES), "same salt, same draw");

        world.restore(at);
        world.resample(7);
        walk(world, CHECKPOINT, CHECKPOINT + FPS / 2);
        WorldSimulator.Snapshot later = world.checkpoint();
        List<Seen> rest = walk(world, CHECKPOINT + FPS / 2, FRAMES);
        world.restore(later);
        assertEquals(rest, walk(world, CHECKPOINT + FPS / 2, FRAMES), "the snapshot kept its salt");
    }

    @Test
    void nullPlanOrTimeIsRefusedByName() {
        WorldSimulator world = create(11);
        var p = assertThrows(NullPointerException.class,
                () -> world.step(null, new Timecode(0, FPS)));
        assertEquals("plan", p.getMessage());
        var t = assertThrows(NullPointerException.class, () -> world.step(planAt(0), null));
        assertEquals("time", t.getMessage());
    }

    @Test
    void aSnapshotOfAnotherKindIsRefused() {
        WorldSimulator world = create(11);
        walk(world, 0, 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> world.restore(new WorldSimulator.Snapshot() {}));
        assertNotNull(e.getMessage());
        assertNotEquals(List.of(), walk(world, 2, 3), "still usable after the refusal");
    }
}
