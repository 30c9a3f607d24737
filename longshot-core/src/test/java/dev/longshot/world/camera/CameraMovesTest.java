package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.SceneLexicon;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.validate.CameraContinuity;
import dev.longshot.validate.Observation;
import dev.longshot.validate.Strictness;
import dev.longshot.validate.Violation;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import dev.longshot.world.WorldObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each camera move does what its name says over a few seconds, entered from a still camera:
 * bound moves keep their subject in frame, every move stays over the ground and moves
 * without a jump the continuity rule would see.
 */
class CameraMovesTest {
    private static final int FPS = 24;
    private static final int STILL = 2;
    private static final int MOVING = 7;

    /** Frames of {@code STILL} seconds static, then {@code MOVING} seconds of {@code move}. */
    static List<FrameSpec> run(Setting setting, Set<Subject> subjects, CameraMove move,
                               String text) {
        DefaultWorld world = new DefaultWorld(5);
        // The planner's part: which subjects the line names.
        Set<Subject> named = SceneLexicon.bundled().read(text).subjects();
        List<FrameSpec> out = new ArrayList<>();
        for (long f = 0; f < (long) (STILL + MOVING) * FPS; f++) {
            Timecode tc = new Timecode(f, FPS);
            boolean on = tc.second() >= STILL;
            ScenePlan plan = new ScenePlan((int) tc.second(), on ? text : "", setting, Water.NONE,
                    TimeOfDay.MORNING, Weather.CLEAR, subjects, on ? move : CameraMove.STATIC,
                    List.of(), 0).withNamed(on ? named : Set.of());
            out.add(world.step(plan, tc));
        }
        assertSound(out);
        return out;
    }

    /** Never under the ground's clearance, never a jump the continuity rule would flag. */
    private static void assertSound(List<FrameSpec> frames) {
        CameraContinuity rule = new CameraContinuity(Strictness.DEFAULT);
        List<Violation> found = new ArrayList<>();
        Observation previous = null;
        for (FrameSpec s : frames) {
            Vec3 p = s.camera().position();
            double floor = StrictMath.max(s.terrain().heightAt(p.x(), p.z()),
                    s.terrain().waterLevel());
            assertTrue(p.y() >= floor + 0.8 - 1e-9, "under the clearance at " + s.time());
            Observation now = new Observation(s, null, WorldObservation.NONE);
            found.addAll(rule.check(previous, now));
            previous = now;
        }
        assertEquals(List.of(), found);
    }

    /** The moving part, after {@code settle} seconds of it. */
    private static List<FrameSpec> after(List<FrameSpec> all, double settle) {
        return all.subList((int) ((STILL + settle) * FPS), all.size());
    }

    private static List<SubjectPose> of(FrameSpec s, Subject type) {
        return s.subjects().stream().filter(p -> p.is(type)).toList();
    }

    private static Vec3 centre(List<SubjectPose> group, double lift) {
        Vec3 sum = Vec3.ZERO;
        for (SubjectPose p : group) sum = sum.plus(p.position());
        return sum.times(1.0 / group.size()).plus(new Vec3(0, lift, 0));
    }

    /** Where {@code p} lands in the frame: x and y in [-1, 1] across the 16:9 picture. */
    static double[] project(Camera cam, Vec3 p) {
        Vec3 f = cam.forward();
        Vec3 right = f.cross(Vec3.UP).normalized();
        Vec3 up = right.cross(f);
        Vec3 r = p.minus(cam.position());
        double depth = r.dot(f);
        double tanV = StrictMath.tan(StrictMath.toRadians(cam.verticalFovDeg()) / 2);
        double tanH = tanV * cam.sensor().widthMm() / cam.sensor().heightMm();
        return new double[] {r.dot(right) / depth / tanH, r.dot(up) / depth / tanV, depth};
    }

    private static double flatDistance(Vec3 a, Vec3 b) {
        return StrictMath.hypot(a.x() - b.x(), a.z() - b.z());
    }

    @Test
    void trackKeepsTheHerdInTheMiddleThirdAtAFramingDistance() {
        for (Subject type : List.of(Subject.DEER, Subject.SOLDIER)) {
            List<FrameSpec> frames = run(Setting.GRASSLAND, Set.of(type), CameraMove.TRACK,
                    "the camera tracks the " + type.id());
            Vec3 start = centre(of(frames.get(STILL * FPS), type), 0);
            Vec3 end = centre(of(frames.get(frames.size() - 1), type), 0);
            for (FrameSpec s : after(frames, 2.5)) {
                Vec3 c = centre(of(s, type), 1.0);
                double[] xy = project(s.camera(), c);
                assertTrue(xy[2] > 0 && Math.abs(xy[0]) < 1 / 3.0 && Math.abs(xy[1]) < 1 / 3.0,
                        type + " herd at " + xy[0] + ", " + xy[1] + " at " + s.time());
                double d = flatDistance(s.camera().position(), c);
                assertTrue(d > 6 && d < 27, type + " at " + d + " m at " + s.time());
            }
            assertTrue(flatDistance(start, end) > 3, type + " stood still: no tracking shown");
        }
    }

    @Test
    void povCutsToTheEyeOfItsSubjectAndRidesWithIt() {
        List<FrameSpec> frames = run(Setting.GRASSLAND, Set.of(Subject.DEER), CameraMove.POV,
                "point of view of a deer");
        // An editorial cut: the first frame of the line is already the deer's view.
        assertTrue(frames.get(STILL * FPS).cut(), "a POV shot starts with a cut");
        assertTrue(frames.subList(1, STILL * FPS).stream().noneMatch(FrameSpec::cut));
        for (FrameSpec s : after(frames, 0)) {
            SubjectPose deer = of(s, Subject.DEER).get(0);
            Vec3 eye = deer.position().plus(new Vec3(0, 1.45 * deer.size(), 0));
            Vec3 cam = s.camera().position();
            assertTrue(flatDistance(cam, eye) < 1.5, "off the deer by " + flatDistance(cam, eye));
            assertEquals(eye.y(), cam.y(), 0.35, "eye height at " + s.time());
        }
        List<FrameSpec> flight = run(Setting.VALLEY, Set.of(Subject.EAGLE), CameraMove.POV,
                "鹰的视角俯冲");
        for (FrameSpec s : after(flight, 0)) {
            SubjectPose eagle = of(s, Subject.EAGLE).get(0);
            assertTrue(flatDistance(s.camera().position(), eagle.position()) < 3,
                    "off the eagle at " + s.time());
            assertTrue(s.camera().pitchDeg() < -8, "an eagle's view looks down into the dive");
        }
    }

    @Test
    void orbitCirclesTheGroupAtAnEvenDistanceKeepingItCentred() {
        List<FrameSpec> frames = run(Setting.GRASSLAND, Set.of(Subject.SOLDIER),
                CameraMove.ORBIT, "the camera orbits the soldiers");
        double near = Double.POSITIVE_INFINITY;
        double far = 0;
        double turned = 0;
        Double last = null;
        for (FrameSpec s : after(frames, 3)) {
            Vec3 c = centre(of(s, Subject.SOLDIER), 1.0);
            double d = flatDistance(s.camera().position(), c);
            near = Math.min(near, d);
            far = Math.max(far, d);
            Vec3 from = s.camera().position().minus(c);
            double bearing = Wander.headingOf(from.x(), from.z());
            if (last != null) turned += Wander.turn(last, bearing);
            last = bearing;
            double[] xy = project(s.camera(), c);
            assertTrue(Math.abs(xy[0]) < 1 / 3.0, "soldiers at " + xy[0] + " at " + s.time());
        }
        assertTrue(far / near < 1.25, "radius from " + near + " to " + far);
        assertTrue(Math.abs(turned) > 30, "went round by " + turned + "°");
    }

    @Test
    void craneRisesKeepingTheSubjectInFrame() {
        List<FrameSpec> frames = run(Setting.GRASSLAND, Set.of(Subject.HORSE), CameraMove.CRANE,
                "a crane shot rises over the horses");
        Vec3 from = frames.get(STILL * FPS).camera().position();
        Vec3 to = frames.get(frames.size() - 1).camera().position();
        assertTrue(to.y() - from.y() > 10, "rose " + (to.y() - from.y()));
        for (FrameSpec s : after(frames, 2)) {
            double[] xy = project(s.camera(), centre(of(s, Subject.HORSE), 1.0));
            assertTrue(Math.abs(xy[0]) < 0.5 && Math.abs(xy[1]) < 0.5,
                    "horses at " + xy[0] + ", " + xy[1] + " at " + s.time());
        }
    }

    @Test
    void zoomLengthensTheLensWhileTheCameraStays() {
        List<FrameSpec> frames = run(Setting.GRASSLAND, Set.of(), CameraMove.ZOOM, "zoom in");
        Camera before = frames.get(STILL * FPS - 1).camera();
        Camera last = frames.get(frames.size() - 1).camera();
        assertTrue(last.focalLengthMm() > 30 && before.focalLengthMm() < 17,
                before.focalLengthMm() + " → " + last.focalLengthMm() + " mm");
        assertTrue(last.position().minus(before.position()).length() < 0.01, "moved");
    }

    @Test
    void staticStaysAndPanTurnsOnlyItsHeading() {
        List<FrameSpec> still = run(Setting.GRASSLAND, Set.of(), CameraMove.STATIC, "");
        Camera a = still.get(0).camera();
        Camera b = still.get(still.size() - 1).camera();
        assertEquals(a, b, "a static camera holds everything");
        List<FrameSpec> pan = run(Setting.GRASSLAND, Set.of(), CameraMove.PAN, "pan");
        Camera p0 = pan.get(STILL * FPS - 1).camera();
        Camera p1 = pan.get(pan.size() - 1).camera();
        assertTrue(p1.yawDeg() - p0.yawDeg() > 30, "panned " + (p1.yawDeg() - p0.yawDeg()));
        assertEquals(p0.pitchDeg(), p1.pitchDeg(), 0.5);
        assertTrue(p1.position().minus(p0.position()).length() < 0.01, "moved");
    }

    @Test
    void tiltLooksUpToTheFlyer() {
        List<FrameSpec> frames = run(Setting.GRASSLAND, Set.of(Subject.EAGLE), CameraMove.TILT,
                "the camera tilts up to an eagle");
        Camera before = frames.get(STILL * FPS - 1).camera();
        FrameSpec end = frames.get(frames.size() - 1);
        assertTrue(end.camera().pitchDeg() - before.pitchDeg() > 8, "tilted "
                + (end.camera().pitchDeg() - before.pitchDeg()));
        double[] xy = project(end.camera(), of(end, Subject.EAGLE).get(0).position());
        assertTrue(xy[2] > 0 && Math.abs(xy[0]) < 0.5 && Math.abs(xy[1]) < 0.5,
                "eagle at " + xy[0] + ", " + xy[1]);
        assertTrue(end.camera().position().minus(before.position()).length() < 0.01, "moved");
    }

    @Test
    void dollyMovesForwardAndAerialFliesHigh() {
        List<FrameSpec> dolly = run(Setting.GRASSLAND, Set.of(), CameraMove.DOLLY, "dolly");
        Camera d0 = dolly.get(STILL * FPS - 1).camera();
        Vec3 went = dolly.get(dolly.size() - 1).camera().position().minus(d0.position());
        assertTrue(went.dot(d0.forward()) > 8, "dollied " + went.dot(d0.forward()) + " m");
        List<FrameSpec> aerial = run(Setting.GRASSLAND, Set.of(), CameraMove.AERIAL, "aerial");
        FrameSpec end = aerial.get(aerial.size() - 1);
        Vec3 p = end.camera().position();
        assertTrue(p.y() - end.terrain().heightAt(p.x(), p.z()) > 35, "flies high: " + p);
        assertTrue(flatDistance(p, aerial.get(0).camera().position()) > 50, "flies on");
    }
}
