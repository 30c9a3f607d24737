package dev.longshot.cli;

import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a storyboard file, turning every file-system problem into a clear message. */
final class StoryboardFiles {
    /** Far beyond 24 h of 2,000-character lines; stops us reading a video by mistake. */
    private static final long MAX_BYTES = 256L << 20;

    private StoryboardFiles() {}

    static Storyboard read(Path file) {
        return StoryboardParser.parse(file.toString(), readBytes(file));
    }

    /** The file's bytes, every file-system problem a {@link UserError}. */
    static byte[] readBytes(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) throw new UserError(name + ": is a directory, not a storyboard");
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UserError(name + ": " + size + " bytes is too large for a storyboard");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserError(name + ": permission denied");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
