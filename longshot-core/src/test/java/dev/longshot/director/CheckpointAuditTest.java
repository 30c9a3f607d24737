package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.render.Frame;
import dev.longshot.validate.Observation;
import dev.longshot.validate.Schedule;
import dev.longshot.validate.Validator;
import dev.longshot.validate.Violation;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointAuditTest {
    private static final int FPS = 4;
    private static final Validator PER_FRAME = rule("motion", Schedule.FRAME);
    private static final Validator PER_SECOND = rule("light", Schedule.SECOND);

    private final RecordingLog log = new RecordingLog();
    private final CheckpointAudit audit =
            new CheckpointAudit(List.of(PER_FRAME, PER_SECOND), 3, log);

    private static Validator rule(String name, Schedule schedule) {
        return new Validator() {
            @Override
            public String rule() {
                return name;
            }

            @Override
            public Schedule schedule() {
                return schedule;
            }

            @Override
            public List<Violation> check(Observation previous, Observation current) {
                return List.of();
            }
        };
    }

    private static SecondBlock second(int t, String... broken) {
        SecondBlock b = new SecondBlock(t);
        for (int f = 0; f < FPS; f++) {
            b.frames.add(HeldFrame.inMemory(
                    new Frame(1, 1, new int[1], new Timecode((long) t * FPS + f, FPS))));
        }
        for (String r : broken) {
            b.violations.add(new Violation(r, new Timecode(t, 1), "x", "q", 2, 1));
        }
        return b;
    }

    @Test
    void logsOneCheckEveryIntervalOfCommittedSeconds() throws IOException {
        for (int t = 0; t < 7; t++) audit.committed(second(t));
        List<GenerationLog.CheckpointCheck> checks = log.of(GenerationLog.CheckpointCheck.class);
        assertEquals(2, checks.size());
        assertEquals(0, checks.get(0).from());
        assertEquals(2, checks.get(0).to());
        assertEquals(3, checks.get(1).from());
        assertEquals(5, checks.get(1).to());
    }

    @Test
    void frameRulesCountEveryFrameOthersOncePerSecond() throws IOException {
        for (int t = 0; t < 3; t++) audit.committed(second(t));
        List<GenerationLog.RuleTally> rules =
                log.of(GenerationLog.CheckpointCheck.class).get(0).rules();
        assertEquals(3 * FPS, rules.get(0).checks());
        assertEquals(3, rules.get(1).checks());
        assertEquals(3 * FPS + 3, audit.totalChecks());
    }

    @Test
    void violationsAndRollbacksLandInTheirInterval() throws IOException {
        audit.rollback();
        audit.committed(second(0, "light"));
        audit.committed(second(1));
        audit.committed(second(2, "light", "motion"));
        audit.committed(second(3));
        GenerationLog.CheckpointCheck first = log.of(GenerationLog.CheckpointCheck.class).get(0);
        assertEquals(1, first.rollbacks());
        assertEquals(1, first.rules().get(0).violations());
        assertEquals(2, first.rules().get(1).violations());
        assertEquals("fail", first.rules().get(1).result());
        audit.finish(4);
        GenerationLog.CheckpointCheck rest = log.of(GenerationLog.CheckpointCheck.class).get(1);
        assertEquals(0, rest.rollbacks());
        assertEquals("pass", rest.rules().get(0).result());
    }

    @Test
    void finishLogsTheShorterLastIntervalOnlyWhenThereIsOne() throws IOException {
        for (int t = 0; t < 3; t++) audit.committed(second(t));
        audit.finish(3);
        assertEquals(1, log.of(GenerationLog.CheckpointCheck.class).size());
        audit.committed(second(3));
        audit.finish(4);
        GenerationLog.CheckpointCheck last = log.of(GenerationLog.CheckpointCheck.class).get(1);
        assertEquals(3, last.from());
        assertEquals(3, last.to());
    }
}
