package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.FaultyWorld.Fault;
import dev.longshot.render.Frame;
import dev.longshot.render.PassKind;
import dev.longshot.render.RenderExtras;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The passes that reach the sink are those of the frames committed, rollbacks and all. */
class PassesAfterRollbackTest {
    private static final int FAULT_SECOND = 6;
    private static final RenderExtras EXTRAS =
            new RenderExtras(true, EnumSet.allOf(PassKind.class));
    private static final DirectorConfig CONFIG = DirectorConfig.defaults().withSize(96, 54)
            .withFps(6).withRenderThreads(1).withExtras(EXTRAS);

    @Test
    void passesOfEveryCommittedFrameAreThoseOfItsFinalRender() throws Exception {
        Storyboard board = StoryboardParser.parse("deer.txt",
                "[8s] A deer walks across the grassland at noon\n"
                        .getBytes(StandardCharsets.UTF_8));
        FaultyWorld world = new FaultyWorld(CONFIG.seed(), Fault.TELEPORT, FAULT_SECOND);
        CollectingSink sink = new CollectingSink();
        RunReport report;
        try (Stages defaults = Stages.defaults(CONFIG)) {
            report = new Director(CONFIG, defaults.withWorld(world)).run(board, sink,
                    ProgressListener.NONE, GenerationLog.NONE);
        }
        assertTrue(report.rollbacks() >= 1, "a rollback happened");
        assertEquals(8 * 6, sink.frames.size());
        // The world remembers the last spec made for each frame: the one committed.
        try (SoftwareRenderer fresh = new SoftwareRenderer(96, 54, 1, EXTRAS)) {
            for (Frame f : sink.frames) {
                assertNotNull(f.passes(), "frame " + f.time());
                Frame again = fresh.render(world.specs.get(f.time().frame()));
                assertArrayEquals(again.rgb(), f.rgb(), "picture of frame " + f.time());
                assertArrayEquals(again.passes().inverseDepth(), f.passes().inverseDepth(),
                        "depth of frame " + f.time());
                assertArrayEquals(again.passes().ids(), f.passes().ids(), "ids " + f.time());
                assertEquals(again.passes().markers(), f.passes().markers());
            }
        }
    }

    @Test
    void heldPassesCountAgainstTheWindowBudget() {
        ValidationConfig v = ValidationConfig.defaults(); // 1 GiB
        assertEquals(6, EXTRAS.heldBytesPerPixel(), "a float of depth and a short of ids");
        assertEquals(5, v.effectiveRollbackSeconds(1280, 720, 24, 4), "the picture alone");
        assertEquals(3, v.effectiveRollbackSeconds(1280, 720, 24,
                4 + EXTRAS.heldBytesPerPixel()), "with passes the horizon shrinks to fit");
    }
}
