package dev.longshot.media.provenance;

import dev.longshot.director.FilePublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A target path and the hidden temporary sibling a file is written to until it is complete,
 * e.g. {@code out/.film.mp4.8231771.partial} for {@code out/film.mp4}.
 */
final class OutputFile {
    private final Path target;
    private final Path partial;
    /** Deletes the partial file if the JVM is stopped (Ctrl-C, kill) before commit or discard. */
    private final Thread onExit;

    private OutputFile(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
        this.onExit = new Thread(() -> partial.toFile().delete(), "longshot-partial-cleanup");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    private void forgetExitHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or will run; it only deletes what is left.
        }
    }

    /**
     * Checks that {@code target} can be written and creates its temporary sibling.
     *
     * @throws IOException naming the path and the reason: the directory is missing, is not a
     *                     directory or is not writable, or the target is a directory
     */
    static OutputFile create(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (abs.getFileName() == null || dir == null) {
            throw new IOException("cannot write video to " + target + ": not a file path");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot write video to " + target + ": it is a directory");
        }
        if (!Files.exists(dir)) {
            throw new IOException("cannot write video to " + target
                    + ": directory " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write video to " + target
                    + ": " + dir + " is not a directory");
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("cannot write video to " + target
                    + ": directory " + dir + " is not writable");
        }
        Path partial;
        try {
            partial = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".partial");
        } catch (IOException e) {
            throw new IOException("cannot write video to " + target
                    + ": cannot create a file in " + dir + " (" + e.getMessage() + ")", e);
        }
        return new OutputFile(abs, partial);
    }

    Path target() {
        return target;
    }

    Path partial() {
        return partial;
    }

    /** Moves the finished temporary file onto the target, replacing it atomically. */
    void commit() throws IOException {
        forgetExitHook();
        FilePublisher.publish(partial, target);
    }

    /** Deletes the temporary file if it is still there; returns quietly otherwise. */
    void discard() throws IOException {
        forgetExitHook();
        Files.deleteIfExists(partial);
    }
}
