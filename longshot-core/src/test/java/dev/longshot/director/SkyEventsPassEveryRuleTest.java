package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import dev.longshot.world.WorldObservation;
import dev.longshot.world.WorldSimulator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fireworks, an aurora and a rainbow, with the real memory, world, renderer and validators at
 * default strictness, break no rule and roll nothing back: the bursts' light and their sparks
 * are asked-for events, not glitches. The world is handed each line's sky ids as
 * {@code plan --json} reads them (words of the line), whichever planner made the plan.
 */
class SkyEventsPassEveryRuleTest {
    private static final String BOARD = """
            A city at night, fireworks over the towers.
            Fireworks burst over the city.
            Fireworks light the sky.
            More fireworks over the city.
            Fireworks over the harbour at night.
            An aurora over the snowfield at night.
            The aurora glows over the snowfield.
            The aurora moves over the snow.
            Morning in the meadow after the rain, a rainbow.
            The rainbow over the meadow.
            """;

    /** The default world, its plans given the sky ids their line's words name. */
    private static final class SkyFromText implements WorldSimulator {
        private final DefaultWorld world;
        final List<Double> shown = new ArrayList<>();

        SkyFromText(long seed) {
            world = new DefaultWorld(seed);
        }

        @Override
        public FrameSpec step(ScenePlan plan, Timecode time) {
            List<String> sky = new ArrayList<>();
            for (String id : List.of("fireworks", "aurora", "rainbow")) {
                if (plan.text().toLowerCase(java.util.Locale.ROOT).contains(id)) sky.add(id);
            }
            PlanKeys k = plan.keys();
            PlanKeys keys = new PlanKeys(k.setting(), k.style(), k.water(), k.timeOfDay(),
                    k.weather(), sky, k.subjects(), k.things(), k.camera(), k.transition(),
                    k.approximated(), k.notShown());
            FrameSpec s = world.step(new ScenePlan(plan.t(), plan.text(), plan.setting(),
                    plan.water(), plan.timeOfDay(), plan.weather(), plan.subjects(),
                    plan.camera(), plan.unrecognized(), plan.scene(), plan.transition(),
                    plan.named(), keys), time);
            var e = s.lighting().atmosphere().events();
            shown.add(e.fireworks() + e.aurora() + e.rainbow());
            return s;
        }

        @Override
        public void resample(long salt) {
            world.resample(salt);
        }

        @Override
        public WorldObservation observe() {
            return world.observe();
        }

        @Override
        public Snapshot checkpoint() {
            return world.checkpoint();
        }

        @Override
        public void restore(Snapshot snapshot) {
            world.restore(snapshot);
        }
    }

    @Test
    void fireworksAnAuroraAndARainbowBreakNoRule() throws java.io.IOException {
        Storyboard board = StoryboardParser.parse("sky-events.txt",
                BOARD.getBytes(StandardCharsets.UTF_8));
        DirectorConfig config = DirectorConfig.defaults().withSize(320, 180);
        SkyFromText world = new SkyFromText(config.seed());
        try (Stages stages = Stages.defaults(config).withWorld(world)) {
            RunReport r = new Director(config, stages).run(board, new CollectingSink() {
                        @Override
                        public void writeFrame(dev.longshot.render.Frame frame) {
                            // counted by the report; not kept
                        }
                    },
                    ProgressListener.NONE);
            assertEquals(0, r.detected(), r.violations().toString());
            assertEquals(0, r.rollbacks());
        }
        long on = world.shown.stream().filter(v -> v > 0.5).count();
        assertTrue(on > world.shown.size() / 2, "events shown in " + on + " frames");
    }
}
