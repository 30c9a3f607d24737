package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint store keeps what is whole and checks out, and nothing else. */
class CheckpointStoreTest {
    @TempDir
    Path dir;

    private static RunFingerprint fingerprint(String storyboard) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("storyboard", storyboard);
        v.put("size", "160x90");
        return RunFingerprint.of(v);
    }

    private static void segment(CheckpointStore s, int k, String content) throws IOException {
        Files.writeString(s.video(k), "video " + content);
        Files.writeString(s.audio(k), "audio " + content);
        s.finish(k);
    }

    @Test
    void journalAndFinishedSegmentsSurviveReopening() throws IOException {
        try (CheckpointStore s = CheckpointStore.open(dir, fingerprint("a"), 10, false)) {
            RollbackJournal j = new RollbackJournal();
            j.rewound(14, OptionalLong.of(0xFEDCBA9876543210L));
            j.rewound(26, OptionalLong.of(7));
            s.settle(20, j);
            segment(s, 0, "zero");
            segment(s, 1, "one");
        }
        try (CheckpointStore s = CheckpointStore.open(dir, fingerprint("a"), 10, false)) {
            assertEquals(20, s.settledThrough());
            assertEquals("14:fedcba9876543210", s.journal().toString(), "only settled seconds");
            assertTrue(s.finished(0) && s.finished(1));
            assertFalse(s.finished(2));
            assertEquals(List.of(), s.discarded());
        }
    }

    @Test
    void aSegmentThatNoLongerMatchesItsChecksumIsMadeAgain() throws IOException {
        try (CheckpointStore s = CheckpointStore.open(dir, fingerprint("a"), 10, false)) {
            segment(s, 0, "zero");
            segment(s, 1, "one");
            Files.writeString(s.video(1), "video 0ne");
        }
        try (CheckpointStore s = CheckpointStore.open(dir, fingerprint("a"), 10, false)) {
            assertTrue(s.finished(0));
            assertFalse(s.finished(1));
            assertFalse(Files.exists(s.video(1)));
            assertTrue(s.discarded().get(0).contains("seg-00001"), s.discarded().toString());
        }
    }

    @Test
    void whatADeadRunLeftHalfWrittenIsDeleted() throws IOException {
        CheckpointStore.open(dir, fingerprint("a"), 10, false).close();
        Path partial = Files.writeString(dir.resolve(".seg-00003.mp4.123.partial"), "x");
        Path tmp = Files.writeString(dir.resolve("journal.txt.tmp"), "x");
        Path unrecorded = Files.writeString(dir.resolve("seg-00003.mp4"), "no checksum yet");
        try (CheckpointStore s = CheckpointStore.open(dir, fingerprint("a"), 10, false)) {
            assertFalse(Files.exists(partial) || Files.exists(tmp));
            assertFalse(s.finished(3), "a segment without its checksum file is not finished");
            assertTrue(Files.exists(unrecorded), "it is simply written again");
        }
    }

    @Test
    void aStoreForAnotherRunIsRefusedNamingWhatChanged() throws IOException {
        CheckpointStore.open(dir, fingerprint("a"), 10, false).close();
        CheckpointStore.Mismatch e = assertThrows(CheckpointStore.Mismatch.class,
                () -> CheckpointStore.open(dir, fingerprint("b"), 10, false));
        assertTrue(e.getMessage().contains("storyboard: a → b"), e.getMessage());
        assertFalse(e.getMessage().contains("size"), e.getMessage());
        try (CheckpointStore s = CheckpointStore.open(dir, fingerprint("b"), 10, true)) {
            assertEquals(0, s.settledThrough(), "--restart starts over");
        }
    }

    @Test
    void oneRunAtATime() throws IOException {
        try (CheckpointStore s = CheckpointStore.open(dir, fingerprint("a"), 10, false)) {
            assertThrows(CheckpointStore.Busy.class,
                    () -> CheckpointStore.open(dir, fingerprint("a"), 10, false));
        }
        CheckpointStore.open(dir, fingerprint("a"), 10, false).close();
    }
}
