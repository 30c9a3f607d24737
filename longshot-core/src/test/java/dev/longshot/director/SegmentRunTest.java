package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.FaultyWorld.Fault;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A segmented run started at a segment from the rollback journal of the seconds before it
 * makes exactly the frames the uninterrupted segmented run made there, rollbacks included.
 */
class SegmentRunTest {
    private static final int FAULT_SECOND = 6;
    private static final int SEGMENT = 3;
    private static final int SECONDS = 12;
    private static final int FPS = 6;
    private static final DirectorConfig CONFIG =
            DirectorConfig.defaults().withSize(96, 54).withFps(FPS).withRenderThreads(1);
    private static final Storyboard BOARD = StoryboardParser.parse("deer.txt",
            "[12s] A deer walks across the grassland at noon\n".getBytes(StandardCharsets.UTF_8));

    record Made(RunReport report, CollectingSink sink, Map<Integer, RollbackJournal> settled) {}

    private static Made run(int start, RollbackJournal journal) throws IOException {
        CollectingSink sink = new CollectingSink();
        Map<Integer, RollbackJournal> settled = new HashMap<>();
        SegmentRun segments = new SegmentRun(SEGMENT, start, SECONDS, journal, (s, j) -> {
            RollbackJournal copy = new RollbackJournal();
            j.before(s).forEach(copy::put);
            settled.put(s, copy);
        });
        try (Stages defaults = Stages.defaults(CONFIG)) {
            Stages stages = defaults.withWorld(
                    new FaultyWorld(CONFIG.seed(), Fault.TELEPORT, FAULT_SECOND));
            RunReport r = new Director(CONFIG, stages).run(BOARD, sink, ProgressListener.NONE,
                    GenerationLog.NONE, segments);
            return new Made(r, sink, settled);
        }
    }

    @Test
    void segmentStartedFromItsJournalEqualsTheUninterruptedRun() throws IOException {
        Made whole = run(0, new RollbackJournal());
        assertTrue(whole.report().rollbacks() >= 1, "the fault is rolled back");
        RollbackJournal at9 = whole.settled().get(9);
        assertEquals(1, at9.size(), "the rollback's salt is in the journal: " + at9);
        assertEquals(Integer.valueOf(FAULT_SECOND), at9.before(9).firstKey(),
                "a rollback never crosses the segment start " + FAULT_SECOND);

        for (int start : new int[] {3, 6, 9}) {
            Made part = run(start, whole.settled().get(start));
            int skip = start * FPS;
            assertEquals(whole.sink().frames.size() - skip, part.sink().frames.size());
            for (int i = 0; i < part.sink().frames.size(); i++) {
                assertArrayEquals(whole.sink().frames.get(skip + i).rgb(),
                        part.sink().frames.get(i).rgb(), "from " + start + ", frame " + i);
            }
            assertEquals(whole.settled().get(SECONDS).toString(),
                    part.settled().get(SECONDS).toString(), "the same rollbacks");
        }
    }

    @Test
    void withoutTheJournalTheWorldIsNotTheSame() throws IOException {
        Made whole = run(0, new RollbackJournal());
        Made part = run(9, new RollbackJournal());
        int skip = 9 * FPS;
        boolean same = true;
        for (int i = 0; i < part.sink().frames.size(); i++) {
            same &= Arrays.equals(whole.sink().frames.get(skip + i).rgb(),
                    part.sink().frames.get(i).rgb());
        }
        assertFalse(same, "the salt a rollback left shapes the seconds after it");
    }
}
