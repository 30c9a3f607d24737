package dev.longshot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks an output path before any work starts, so a long render never fails at the end. */
final class OutputFiles {
    private OutputFiles() {}

    /** The absolute output path, or a {@link UserError} saying why it cannot be written. */
    static Path checkWritable(Path out, String extension) {
        Path abs = out.toAbsolutePath().normalize();
        Path name = abs.getFileName(); // null for the root directory
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new UserError(out + ": output must be a " + extension + " file");
        }
        if (Files.isDirectory(abs)) throw new UserError(out + ": is a directory");
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) {
            throw new UserError(out + ": directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new UserError(out + ": directory " + dir + " is not writable");
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new UserError(out + ": exists and is not writable");
        }
        return abs;
    }

    /**
     * The absolute path of an output directory: an existing writable directory, or a new one
     * whose parent exists and is writable; otherwise a {@link UserError} saying why not.
     */
    static Path checkWritableDir(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) throw new UserError(out + ": exists and is not a directory");
            if (!Files.isWritable(abs)) throw new UserError(out + ": directory is not writable");
            return abs;
        }
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserError(out + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new UserError(out + ": directory " + parent + " is not writable");
        }
        return abs;
    }
}
