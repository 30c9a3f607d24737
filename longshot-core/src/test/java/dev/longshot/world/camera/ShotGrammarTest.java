package dev.longshot.world.camera;

import static dev.longshot.world.camera.ShotRun.FPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Vec3;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each term of the shot grammar has an observable effect on the camera or the frame, read
 * from real storyboard lines: shot size and lens frame the subject, angles pitch and roll the
 * camera, moves unfold over the line, speed changes the world's clock only.
 */
class ShotGrammarTest {
    private static final String MEADOW = "A deer grazes in a meadow.";

    /** The last frames of line {@code index}, once the shot has settled. */
    private static List<FrameSpec> settled(List<FrameSpec> frames, int index) {
        List<FrameSpec> line = ShotRun.line(frames, index);
        return line.subList(line.size() / 2, line.size());
    }

    private static double mean(List<FrameSpec> specs, java.util.function.ToDoubleFunction<Camera> f) {
        return specs.stream().mapToDouble(s -> f.applyAsDouble(s.camera())).average().orElseThrow();
    }

    private static Vec3 deer(FrameSpec s) {
        SubjectPose p = s.subjects().stream().filter(q -> q.id().startsWith("deer"))
                .findFirst().orElseThrow();
        return p.position();
    }

    @Test
    void closeUpFillsTenPercentOfFrame() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Close-up, 85 mm, on the deer.");
        double share = ShotRun.share(ShotRun.line(f, 1), "deer");
        assertTrue(share >= 0.10, "close-up deer covers " + share);
    }

    @Test
    void wideShotShowsTheSubjectSmallerThanACloseUp() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Close-up on the deer.",
                "Wide shot of the deer in the meadow.");
        double close = ShotRun.share(ShotRun.line(f, 1), "deer");
        double wide = ShotRun.share(ShotRun.line(f, 2), "deer");
        assertTrue(wide > 0.001 && wide < close / 4, "wide " + wide + ", close " + close);
    }

    @Test
    void aNamedSubjectIsFramedWithoutCameraTerms() {
        List<FrameSpec> f = ShotRun.frames(2, "A deer runs across a meadow at dawn.");
        double share = ShotRun.share(ShotRun.line(f, 0), "deer");
        assertTrue(share >= 0.005, "deer covers " + share);
    }

    @Test
    void anAngleAimedAtASubjectFramesItFullerThanNoCameraTerm() {
        // A top-down drone shot of a lone deer showed a speck (0.5 % of the frame).
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Top-down drone shot of the deer.",
                "High angle on the deer.");
        double plain = ShotRun.share(ShotRun.line(f, 0), "deer");
        double overhead = ShotRun.share(ShotRun.line(f, 1), "deer");
        double high = ShotRun.share(ShotRun.line(f, 2), "deer");
        assertTrue(overhead >= 0.015, "top-down drone deer covers " + overhead);
        assertTrue(high > 1.5 * plain, "high angle " + high + ", no camera term " + plain);
    }

    @Test
    void lensMillimetresSetTheFieldOfView() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Close-up, 85 mm, on the deer.");
        Camera end = f.get(f.size() - 1).camera();
        assertEquals(85, end.focalLengthMm(), 3);
        assertEquals(Sensor.SUPER35.verticalFovDeg(85), end.verticalFovDeg(), 0.5);
    }

    @Test
    void lowAngleLooksUp() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Low angle on the deer.");
        List<FrameSpec> s = settled(f, 1);
        assertTrue(mean(s, Camera::pitchDeg) > 2, "pitch " + mean(s, Camera::pitchDeg));
        FrameSpec last = s.get(s.size() - 1);
        assertTrue(last.camera().position().y() < deer(last).y() + 1.5, "eye below the back");
    }

    @Test
    void highAngleLooksDownAndTopDownLooksStraightDown() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "High angle on the deer.",
                "Top-down drone shot of the deer.");
        double high = mean(settled(f, 1), Camera::pitchDeg);
        double top = mean(settled(f, 2), Camera::pitchDeg);
        assertTrue(high < -20 && high > -60, "high angle pitch " + high);
        assertTrue(top < -75, "top-down pitch " + top);
    }

    @Test
    void dutchAngleRollsTheFrame() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Dutch angle on the deer.");
        assertEquals(0, f.get(FPS - 1).camera().rollDeg(), 1e-9);
        assertEquals(CameraOperator.DUTCH_DEG, f.get(f.size() - 1).camera().rollDeg(), 0.5);
    }

    @Test
    void handheldShakesDeterministically() {
        String[] lines = {MEADOW, "Handheld shot of the deer."};
        List<FrameSpec> a = ShotRun.frames(4, lines);
        List<FrameSpec> b = ShotRun.frames(4, lines);
        List<FrameSpec> other = ShotRun.frames(5, lines);
        assertEquals(a.stream().map(FrameSpec::camera).toList(),
                b.stream().map(FrameSpec::camera).toList());
        assertNotEquals(a.get(a.size() - 1).camera(), other.get(other.size() - 1).camera());
        // The shake is there: the roll wanders off level, a tripod's never does.
        double rolled = ShotRun.line(a, 1).stream()
                .mapToDouble(s -> Math.abs(s.camera().rollDeg())).max().orElseThrow();
        assertTrue(rolled > 0.05, "roll " + rolled);
        assertTrue(ShotRun.line(a, 0).stream().allMatch(s -> s.camera().rollDeg() == 0));
    }

    @Test
    void slowMotionSlowsTheWorldNotTheVideo() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Slow motion: the deer runs.");
        FrameSpec a = f.get(FPS + 2);
        FrameSpec b = f.get(FPS + 3);
        assertEquals(1.0 / FPS, b.time().seconds() - a.time().seconds(), 1e-12);
        assertEquals(0.5 / FPS, b.worldSeconds() - a.worldSeconds(), 1e-9);
        FrameSpec c = f.get(2);
        FrameSpec d = f.get(3);
        assertEquals(1.0 / FPS, d.worldSeconds() - c.worldSeconds(), 1e-9);
    }

    @Test
    void dollyInClosesOnTheSubject() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Dolly in on the deer.");
        List<FrameSpec> line = ShotRun.line(f, 1);
        double first = line.get(1).camera().position().minus(deer(line.get(1))).length();
        double last = line.get(FPS - 1).camera().position()
                .minus(deer(line.get(FPS - 1))).length();
        assertTrue(last < first * 0.85, "from " + first + " m to " + last + " m");
    }

    @Test
    void whipPanTurnsFastAndLandsOnTheSubject() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Whip pan to the deer.");
        List<FrameSpec> line = ShotRun.line(f, 1);
        double fastest = 0;
        for (int i = 1; i < line.size(); i++) {
            double turn = Math.abs(dev.longshot.world.Wander.turn(
                    line.get(i - 1).camera().yawDeg(), line.get(i).camera().yawDeg())) * FPS;
            fastest = Math.max(fastest, turn);
        }
        assertTrue(fastest > 250, "fastest turn " + fastest + "°/s");
        FrameSpec last = line.get(line.size() - 1);
        Vec3 to = deer(last).minus(last.camera().position());
        double bearing = dev.longshot.world.Wander.headingOf(to.x(), to.z());
        assertTrue(Math.abs(dev.longshot.world.Wander.turn(last.camera().yawDeg(), bearing)) < 15,
                "ends off the deer");
    }

    @Test
    void crashZoomLengthensTheLensAtOnce() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Crash zoom on the deer.");
        List<FrameSpec> line = ShotRun.line(f, 1);
        double start = line.get(0).camera().focalLengthMm();
        double quarter = line.get(FPS / 3).camera().focalLengthMm();
        assertTrue(quarter > 2.5 * start, "from " + start + " mm to " + quarter + " mm");
    }

    @Test
    void shallowFocusFocusesOnTheSubject() {
        List<FrameSpec> f = ShotRun.frames(1, MEADOW, "Medium shot of the deer, shallow depth of field.");
        Camera c = f.get(f.size() - 1).camera();
        assertTrue(c.focus().shallow());
        double d = c.position().minus(deer(f.get(f.size() - 1))).length();
        assertEquals(d, c.focus().distance(), d * 0.3);
        assertTrue(!f.get(FPS - 1).camera().focus().shallow(), "deep focus elsewhere");
    }
}
