package dev.longshot.cli;

import picocli.CommandLine.Option;

/**
 * {@code --size} of the video's frames, shared by {@code generate} and the benches that make a
 * video. (The contact sheet's {@code --size} is a cell size with its own default.)
 */
final class FrameSizeMixin {
    @Option(names = "--size", defaultValue = "1280x720", converter = SizeOption.Converter.class,
            paramLabel = "WxH", description = "Frame size (default: 1280x720).")
    SizeOption size;

    SizeOption size() {
        return size;
    }
}
