package dev.longshot.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CameraContinuityTest extends ValidatorContract {
    @Override
    protected Validator create(double strictness) {
        return new CameraContinuity(strictness);
    }

    private static final ScenePlan PLAN = new ScenePlan(0, "", Setting.FOREST, Water.NONE,
            TimeOfDay.NOON, Weather.CLEAR, Set.of(), CameraMove.DOLLY, List.of(), 0);

    private static FrameSpec at(int frame, double z, boolean cut) {
        return new FrameSpec(new Timecode(frame, 24), PLAN, null,
                new Camera(new Vec3(0, 2, z), 0, 0, 50), null, cut);
    }

    private static List<Violation> runAll(CameraContinuity validator, List<FrameSpec> specs) {
        List<Violation> all = new ArrayList<>();
        Observation previous = null;
        for (FrameSpec s : specs) {
            Observation now = new Observation(s, null, null);
            all.addAll(validator.check(previous, now));
            previous = now;
        }
        return all;
    }

    @Test
    void steadyMotionPasses() {
        List<FrameSpec> specs = new ArrayList<>();
        for (int f = 0; f < 48; f++) specs.add(at(f, -f * 0.2, f == 0));
        assertEquals(List.of(), runAll(new CameraContinuity(0.7), specs));
    }

    @Test
    void aTeleportIsCaught() {
        List<FrameSpec> specs = new ArrayList<>();
        for (int f = 0; f < 48; f++) specs.add(at(f, f < 30 ? -f * 0.2 : -f * 0.2 - 50, f == 0));
        List<Violation> found = runAll(new CameraContinuity(0.7), specs);
        assertTrue(found.stream().anyMatch(v -> v.subject().equals("camera") && v.quantity().equals("speed")
                && v.time().frame() == 30), found.toString());
    }

    @Test
    void aCutMayJump() {
        List<FrameSpec> specs = new ArrayList<>();
        for (int f = 0; f < 48; f++) specs.add(at(f, f < 30 ? 0 : 500, f == 0 || f == 30));
        assertEquals(List.of(), runAll(new CameraContinuity(0.7), specs));
    }
}
