package dev.longshot.media.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segments made in parallel are accepted only when the rollbacks they started from are the
 * true ones: a rollback inside a segment sends every later segment round again, from the
 * journal that now includes it. (Workers here are stand-ins that report a rollback in
 * segment 0 and write nothing; {@code longshot-spark}'s test makes real segments.)
 */
class ParallelSegmentsTest {
    private static final byte[] BOARD =
            "[4s] A deer walks across the grassland at noon\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aRollbackInOneSegmentRemakesTheSegmentsAfterItFromTheTrueJournal() throws IOException {
        List<List<SegmentTask>> waves = new ArrayList<>();
        try (SegmentedRun run = open()) {
            ParallelSegments.Report r = new ParallelSegments(run,
                    SegmentJob.of(run, 1, dir.resolve("store")), 4, null)
                    .make(rollingBackIn(1, 42L, waves));
            assertEquals(2, r.waves());
            assertEquals(List.of(0, 1, 2, 3), firsts(waves.get(0))); // one task per segment
            waves.get(0).forEach(t -> assertEquals(Map.of(), t.journalBefore()));
            // 0 and 1 held; 2 and 3 started without 1's rollback and are made again with it
            assertEquals(List.of(2, 3), firsts(waves.get(1)));
            waves.get(1).forEach(t -> assertEquals(Map.of(1, 42L), t.journalBefore()));
            assertEquals(4, run.store().settledThrough());
            assertEquals(Map.of(1, 42L), run.store().journal().before(4));
        }
    }

    @Test
    void aTaskMakesConsecutiveSegmentsSoOnlyItsFirstStartIsAGuess() throws IOException {
        List<List<SegmentTask>> waves = new ArrayList<>();
        try (SegmentedRun run = open()) {
            ParallelSegments.Report r = new ParallelSegments(run,
                    SegmentJob.of(run, 1, dir.resolve("store")), 2, null)
                    .make(rollingBackIn(0, 7L, waves));
            // two tasks of two: the first's second segment starts after the rollback and holds;
            // the second task's start did not know it, so only its segments go round again
            assertEquals(List.of(0, 2), firsts(waves.get(0)));
            assertEquals(List.of(2, 3), firsts(waves.get(1)));
            waves.get(1).forEach(t -> assertEquals(Map.of(0, 7L), t.journalBefore()));
            assertEquals(2, r.waves());
            assertEquals(4, r.tasks());
            assertEquals(2, r.remade());
        }
    }

    @Test
    void theDriverTellsFramesAsWorkersPublishSegmentsNotOnlyWhenTheirTasksEnd()
            throws IOException {
        List<Long> told = new CopyOnWriteArrayList<>();
        try (SegmentedRun run = open()) {
            // a dead driver's segment 2, never adopted: it must not count before it is made
            Files.createDirectories(run.store().audio(2).getParent());
            Files.write(run.store().audio(2), new byte[] {1});
            List<Long> seenByLastSegment = new ArrayList<>();
            new ParallelSegments(run, SegmentJob.of(run, 1, dir.resolve("store")), 1, null,
                    (done, total) -> {
                        assertEquals(16, total); // 4 segments of 1 s at 4 fps
                        told.add(done);
                    }, Duration.ofMillis(5))
                    .make(tasks -> {
                        List<SegmentResult> out = new ArrayList<>();
                        for (SegmentTask t : tasks) {
                            for (int k = t.first(); k <= t.last(); k++) {
                                if (k == 3) seenByLastSegment.addAll(told);
                                publish(run.store().audio(k));
                                out.add(new SegmentResult(k, t.journalBefore(),
                                        t.journalBefore(), null, 1));
                            }
                        }
                        return out;
                    });
            assertEquals(0L, told.get(0));
            assertEquals(16L, told.get(told.size() - 1));
            // while the one task was still running, the segments it had published were told
            assertTrue(seenByLastSegment.stream().anyMatch(d -> d >= 8 && d < 16),
                    "told while running: " + seenByLastSegment);
            for (int i = 1; i < told.size(); i++) assertTrue(told.get(i) >= told.get(i - 1));
        }
    }

    /** A worker's segment in place: its sound file, published last; then a pause to be seen. */
    private static void publish(Path audio) {
        try {
            Files.write(audio, new byte[] {0});
            Thread.sleep(150);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stand-in workers: segment {@code k} rolls back and leaves {@code salt} at its start;
     * every other segment leaves none. They write nothing and record each round's tasks.
     */
    private static SegmentWorkers rollingBackIn(int k, long salt, List<List<SegmentTask>> waves) {
        return tasks -> {
            waves.add(tasks);
            List<SegmentResult> out = new ArrayList<>();
            for (SegmentTask t : tasks) {
                TreeMap<Integer, Long> journal = t.journalBefore();
                for (int s = t.first(); s <= t.last(); s++) {
                    TreeMap<Integer, Long> after = new TreeMap<>(journal);
                    if (s == k) after.put(k, salt); // 1-s segments: segment k starts at k
                    out.add(new SegmentResult(s, journal, after, null, 1));
                    journal = after;
                }
            }
            return out;
        };
    }

    private SegmentedRun open() throws IOException {
        SegmentedVideo video = new SegmentedVideo(StoryboardParser.parse("b.txt", BOARD), BOARD,
                new DirectorConfig(160, 90, 4, 1, VideoCodec.H264, 1), ValidationConfig.defaults(),
                LabelMode.BOTH, false, false, -16, 1, new RunProvenance.Build("test", "none"));
        return SegmentedRun.open(video, dir.resolve("v.mp4"), dir.resolve("store"),
                new SegmentedRun.Range(0, 4), true);
    }

    private static List<Integer> firsts(List<SegmentTask> tasks) {
        return tasks.stream().map(SegmentTask::first).toList();
    }
}
