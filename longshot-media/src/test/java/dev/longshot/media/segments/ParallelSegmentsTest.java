package dev.longshot.media.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        SegmentedVideo video = new SegmentedVideo(StoryboardParser.parse("b.txt", BOARD), BOARD,
                new DirectorConfig(160, 90, 4, 1, VideoCodec.H264, 1), ValidationConfig.defaults(),
                LabelMode.BOTH, false, -16, 1, new RunProvenance.Build("test", "none"));
        List<List<SegmentTask>> waves = new ArrayList<>();
        // segment 1 rolls back and leaves salt 42 at second 1; the others leave none
        SegmentWorkers workers = tasks -> {
            waves.add(tasks);
            List<SegmentResult> out = new ArrayList<>();
            for (SegmentTask t : tasks) {
                TreeMap<Integer, Long> after = new TreeMap<>(t.journalBefore());
                if (t.segment() == 1) after.put(1, 42L);
                out.add(new SegmentResult(t.segment(), t.journalBefore(), after, null, 1));
            }
            return out;
        };
        try (SegmentedRun run = SegmentedRun.open(video, dir.resolve("v.mp4"),
                dir.resolve("store"), new SegmentedRun.Range(0, 4), true)) {
            ParallelSegments.Report r = new ParallelSegments(run,
                    SegmentJob.of(run, 1, dir.resolve("store")), null).make(workers);
            assertEquals(2, r.waves());
            assertEquals(List.of(0, 1, 2, 3), segments(waves.get(0)));
            waves.get(0).forEach(t -> assertEquals(Map.of(), t.journalBefore()));
            // 0 and 1 held; 2 and 3 started without 1's rollback and are made again with it
            assertEquals(List.of(2, 3), segments(waves.get(1)));
            waves.get(1).forEach(t -> assertEquals(Map.of(1, 42L), t.journalBefore()));
            assertEquals(4, run.store().settledThrough());
            assertEquals(Map.of(1, 42L), run.store().journal().before(4));
        }
    }

    private static List<Integer> segments(List<SegmentTask> tasks) {
        return tasks.stream().map(SegmentTask::segment).toList();
    }
}
