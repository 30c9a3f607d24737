package dev.longshot.cli;

import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Storyboards of any length for benchmarks: the bundled wildlife example, repeated. */
public final class BenchStoryboards {
    private static final String EXAMPLE = "examples/wildlife.txt";

    private BenchStoryboards() {}

    /** The example's lines, cycled to exactly {@code seconds} one-second lines. */
    public static String text(int seconds) {
        List<String> lines = exampleLines();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < seconds; i++) sb.append(lines.get(i % lines.size())).append('\n');
        return sb.toString();
    }

    public static Storyboard storyboard(int seconds) {
        return StoryboardParser.parse("bench-" + seconds + "s.txt",
                text(seconds).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> exampleLines() {
        try (InputStream in = BenchStoryboards.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) throw new IllegalStateException("missing resource " + EXAMPLE);
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) lines.add(t.replaceFirst("^\\[[^]]*]\\s*", ""));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
