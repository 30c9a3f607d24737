package dev.longshot.director;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The last step of every file longshot writes: a finished temporary sibling becomes the
 * requested file in one atomic rename, so no reader ever sees half of it.
 */
public final class FilePublisher {
    private FilePublisher() {}

    /**
     * Moves {@code partial} onto {@code target}, replacing it. Temporary files are created
     * private (rw-------); the published file is readable by all (rw-r--r--), like any file a
     * user saves, so a video can be served or shared without a chmod.
     */
    public static void publish(Path partial, Path target) throws IOException {
        PosixFileAttributeView posix =
                Files.getFileAttributeView(partial, PosixFileAttributeView.class);
        if (posix != null) posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        try {
            Files.move(partial, target,
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, so only unusual file systems get here.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
