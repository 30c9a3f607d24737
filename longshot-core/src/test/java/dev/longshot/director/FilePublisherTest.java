package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePublisherTest {
    @TempDir
    Path dir;

    @Test
    void aPrivateTemporaryFileIsPublishedReadableUnderItsName() throws Exception {
        Path partial = Files.createTempFile(dir, ".film.mp4.", ".partial");
        Files.writeString(partial, "done");
        Path target = dir.resolve("film.mp4");
        Files.writeString(target, "old");

        FilePublisher.publish(partial, target);

        assertFalse(Files.exists(partial));
        assertEquals("done", Files.readString(target));
        assertEquals("rw-r--r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
