package dev.longshot.cli;

import picocli.CommandLine.Option;

/** {@code --seed}, shared by the commands that run the director: the same seed, the same run. */
final class SeedMixin {
    @Option(names = "--seed", defaultValue = "0",
            description = "Seed of every random choice (default: 0).")
    long seed;

    long seed() {
        return seed;
    }
}
