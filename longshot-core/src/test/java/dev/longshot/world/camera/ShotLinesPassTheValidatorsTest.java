package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.validate.Observation;
import dev.longshot.validate.Validator;
import dev.longshot.validate.Validators;
import dev.longshot.validate.Violation;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A previs shot list of every camera term, rendered and run through every standard rule at
 * the default strictness: whip pans, crash zooms, hand-held shake, slow motion and the cuts
 * between framings are what was asked, not faults.
 */
class ShotLinesPassTheValidatorsTest {
    private static final int FPS = 24;
    static final String[] SHOTS = {
        "A deer runs across a meadow at dawn.",
        "Close-up, 85 mm, on the deer.",
        "Low angle: the deer leaps over the stream.",
        "Handheld, the camera follows the deer through the forest.",
        "Top-down drone shot of the deer in a clearing.",
        "Slow motion: the deer runs through the meadow.",
        "Dolly in on the wolf, shallow depth of field.",
        "Whip pan to the wolf as it runs.",
        "Dutch angle on the wolf.",
        "Crash zoom on the wolf.",
        "Steadicam shot of the wolf, dolly out.",
        "Crane up over the valley as the deer runs away.",
        "Extreme close-up of the wolf, rack focus.",
        "Time-lapse of the meadow, the deer grazing.",
    };

    @Test
    void everyShotTermPassesEveryRule() {
        List<StoryLine> story = new ArrayList<>();
        for (int i = 0; i < SHOTS.length; i++) story.add(new StoryLine(i + 1, i, 1, SHOTS[i]));
        List<ScenePlan> plans = new Planner(new Storyboard("shots", story, ""),
                StoryReader.bundled(), new CarryOverMemory()).planAll();
        DefaultWorld world = new DefaultWorld(11);
        List<Validator> rules = Validators.standard(0.7);
        List<Violation> found = new ArrayList<>();
        Observation previous = null;
        try (SoftwareRenderer renderer = new SoftwareRenderer(160, 90, 2)) {
            for (int s = 0; s < plans.size(); s++) {
                for (int f = 0; f < FPS; f++) {
                    FrameSpec spec = world.step(plans.get(s), new Timecode((long) s * FPS + f, FPS));
                    Observation now = new Observation(spec, renderer.render(spec), world.observe());
                    for (Validator v : rules) found.addAll(v.check(previous, now));
                    previous = now;
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
