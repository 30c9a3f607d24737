package dev.longshot.director;

import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.render.Frame;
import dev.longshot.validate.Observation;
import dev.longshot.validate.Validator;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Makes one storyboard second: plans it, steps the world and renders each frame, runs every
 * validator on every frame and makes its sound. The plan comes from the text alone: the
 * memory is not shown the frames or the sound, so the plan rendered is the plan
 * {@code longshot plan} prints. Owns what carries from
 * one second to the next (the last observation, the scene count) and can checkpoint and
 * restore it together with memory, world and validators.
 */
final class SecondGenerator {
    private final Stages stages;
    private final Planner planner;
    private final List<Validator> validators;
    private final int fps;
    private final HeldFrames held;

    private final List<Object> initialValidators;

    private Observation previous;
    /** The plan scene of the last frame made; {@link #NO_SCENE} before the first. */
    private int lastScene = NO_SCENE;
    private int scenes;

    private static final int NO_SCENE = Integer.MIN_VALUE;

    SecondGenerator(Stages stages, Planner planner, int fps, HeldFrames held) {
        this.stages = stages;
        this.held = held;
        this.planner = planner;
        this.validators = stages.validators();
        this.fps = fps;
        List<Object> initial = new ArrayList<>(validators.size());
        for (Validator v : validators) initial.add(v.checkpoint());
        this.initialValidators = Collections.unmodifiableList(initial);
    }

    /** Scenes started so far. */
    int scenes() {
        return scenes;
    }

    /**
     * Plans, steps, renders and validates second {@code t}; each frame is held (in memory or
     * parked) as soon as it is checked, so a second of large frames need not fit the heap.
     */
    SecondBlock generate(int t) throws IOException {
        ScenePlan plan = planner.plan(t);
        SecondBlock block = new SecondBlock(t);
        block.line = planner.storyboard().lineAt(t).sourceLine();
        block.shown = new ShownSecond(plan, block.line);
        List<FrameSpec> specs = new ArrayList<>(fps); // sound: the world's state of the second
        for (int f = 0; f < fps; f++) {
            FrameSpec spec = stages.world().step(plan, new Timecode((long) t * fps + f, fps));
            // A scene starts where the plan's scene does (a camera cut inside one is no scene).
            if (lastScene != plan.scene()) block.newScenes++;
            lastScene = plan.scene();
            Frame frame = stages.frames().render(spec);
            Observation now = new Observation(spec, frame, stages.world().observe());
            for (Validator v : validators) block.violations.addAll(v.check(previous, now));
            block.frames.add(held.hold(frame));
            block.cameras.add(new GenerationLog.FrameCamera(spec.time().frame(), spec.camera(),
                    spec.cut(), spec.change().active() ? spec.change().kind().id() : "cut"));
            block.shown.add(frame.shown());
            specs.add(spec);
            previous = now;
        }
        scenes += block.newScenes;
        // Sound (issue 12): from the world's frame specs of the second; rollback-safe by design.
        block.audio = stages.sound().second(plan, specs);
        block.plan = plan;
        block.sounds = stages.sound().heard(t);
        return block;
    }

    /** Everything needed to make {@code second} again from its start. */
    Checkpoint checkpoint(int second) {
        List<Object> states = new ArrayList<>(validators.size());
        for (Validator v : validators) states.add(v.checkpoint());
        return new Checkpoint(second, stages.memory().checkpoint(), stages.world().checkpoint(),
                Collections.unmodifiableList(states), previous, lastScene, scenes);
    }

    /**
     * A segment starts here (segmented runs only): the validators start afresh, as at the
     * first frame of the run, so what they decide inside a segment depends on its own pixels
     * alone and a segment can be made from its start without the frames before it.
     */
    void fence() {
        for (int i = 0; i < validators.size(); i++) {
            validators.get(i).restore(initialValidators.get(i));
        }
        previous = null;
    }

    /**
     * Second {@code t} without pixels: plans it and steps the world through its frames (with
     * the re-sampling {@code salt} a rollback left at its start, if any) and makes its sound,
     * so memory, world and sound reach the start of t + 1 as the validated run left them.
     * Returns the camera of each of its frames, as the validated run logged them.
     */
    GenerationLog.Framed replay(int t, java.util.OptionalLong salt) {
        salt.ifPresent(s -> stages.world().resample(s));
        ScenePlan plan = planner.plan(t);
        List<FrameSpec> specs = new ArrayList<>(fps);
        List<GenerationLog.FrameCamera> cameras = new ArrayList<>(fps);
        for (int f = 0; f < fps; f++) {
            FrameSpec spec = stages.world().step(plan, new Timecode((long) t * fps + f, fps));
            if (lastScene != plan.scene()) scenes++;
            lastScene = plan.scene();
            specs.add(spec);
            cameras.add(new GenerationLog.FrameCamera(spec.time().frame(), spec.camera(),
                    spec.cut(), spec.change().active() ? spec.change().kind().id() : "cut"));
        }
        stages.sound().second(plan, specs);
        return new GenerationLog.Framed(t, planner.storyboard().lineAt(t).sourceLine(),
                plan.text(), cameras);
    }

    /** Rewinds memory, world, validators and the carried state to {@code c}. */
    void restore(Checkpoint c) {
        stages.memory().restore(c.memory());
        stages.world().restore(c.world());
        for (int i = 0; i < validators.size(); i++) validators.get(i).restore(c.validators().get(i));
        previous = c.previous();
        lastScene = c.lastScene();
        scenes = c.scenes();
    }
}
