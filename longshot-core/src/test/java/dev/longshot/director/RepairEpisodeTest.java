package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.validate.Violation;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RepairEpisodeTest {
    private static final long SEED = 42;
    private static final int FAILED = 6;
    private static final int TO = 3;

    private final RecordingLog log = new RecordingLog();

    private static List<Violation> broken(int n, double magnitude) {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Violation("rule", new Timecode(FAILED, 1), "deer", "speed", magnitude, 1));
        }
        return out;
    }

    /** An episode whose original draw broke {@code n} rules at the failed second. */
    private RepairEpisode opened(int n, int maxRetries) {
        SecondBlock failed = new SecondBlock(FAILED);
        failed.violations.addAll(broken(n, 2));
        return RepairEpisode.open(FAILED, TO, List.of(failed), maxRetries, SEED, log);
    }

    @Test
    void firstAttemptRewindsToTheCheckpointWithADerivedSeed() {
        RepairEpisode.Rewind r = opened(2, 3).firstAttempt();
        assertEquals(TO, r.second());
        assertTrue(r.retry());
        assertEquals(OptionalLong.of(Seeds.derive(SEED, FAILED, 1)), r.reseed());
    }

    @Test
    void passingAttemptEndsTheEpisodeAndLogsARepairedRollback() throws IOException {
        RepairEpisode e = opened(2, 3);
        e.firstAttempt();
        assertEquals(Optional.empty(), e.end());
        assertFalse(e.gaveUp());
        GenerationLog.Rollback r = log.of(GenerationLog.Rollback.class).get(0);
        assertEquals(1, r.attempt());
        assertEquals(2, r.causeCount());
        assertTrue(r.passed());
    }

    @Test
    void failingAttemptRetriesWithTheNextSeed() throws IOException {
        RepairEpisode e = opened(1, 3);
        e.firstAttempt();
        e.note(broken(1, 2));
        RepairEpisode.Rewind r = e.end().orElseThrow();
        assertTrue(r.retry());
        assertEquals(OptionalLong.of(Seeds.derive(SEED, FAILED, 2)), r.reseed());
        assertFalse(log.of(GenerationLog.Rollback.class).get(0).passed());
    }

    @Test
    void afterMaxRetriesReplaysTheBestAttemptWithoutCountingARollback() throws IOException {
        RepairEpisode e = opened(3, 2);
        e.firstAttempt();
        e.note(broken(1, 2)); // attempt 1: the best
        e.end().orElseThrow();
        e.note(broken(2, 2)); // attempt 2
        RepairEpisode.Rewind replay = e.end().orElseThrow();
        assertFalse(replay.retry());
        assertEquals(OptionalLong.of(Seeds.derive(SEED, FAILED, 1)), replay.reseed());
        assertTrue(e.gaveUp());
        GenerationLog.GaveUp g = log.of(GenerationLog.GaveUp.class).get(0);
        assertEquals(1, g.keptAttempt());
        assertEquals(1, g.violations());
        assertEquals(Optional.empty(), e.end()); // the replay is kept whatever it finds
    }

    @Test
    void bestOriginalDrawIsReplayedWithoutResampling() throws IOException {
        RepairEpisode e = opened(1, 1);
        e.firstAttempt();
        e.note(broken(1, 5)); // as many violations, more excess
        RepairEpisode.Rewind replay = e.end().orElseThrow();
        assertEquals(OptionalLong.empty(), replay.reseed());
        assertEquals(0, log.of(GenerationLog.GaveUp.class).get(0).keptAttempt());
    }

    @Test
    void lastAttemptThatIsBestIsKeptAsMade() throws IOException {
        RepairEpisode e = opened(4, 1);
        e.firstAttempt();
        e.note(broken(1, 2));
        assertEquals(Optional.empty(), e.end());
        assertTrue(e.gaveUp());
    }
}
