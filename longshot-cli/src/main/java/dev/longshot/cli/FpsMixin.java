package dev.longshot.cli;

import picocli.CommandLine.Option;

/** {@code --fps}, shared by the commands that run the director at a frame rate. */
final class FpsMixin {
    @Option(names = "--fps", defaultValue = "24", description = "Frames per second (default: 24).")
    int fps;

    int fps() {
        return fps;
    }
}
