package dev.longshot.cli;

import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The example storyboards bundled with the CLI (the repository's {@code examples/}, copied in
 * by the build), for benchmarks that must cover every kind of scene: listed from the jar (or
 * the classes directory in a build), so a new example is benchmarked without a code change.
 */
final class BundledExamples {
    static final String DIR = "dev/longshot/cli/examples/";

    private BundledExamples() {}

    /** File names of the bundled examples, sorted. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try {
            Path source = Path.of(BundledExamples.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (var files = Files.list(source.resolve(DIR))) {
                    files.map(Path::getFileName).filter(java.util.Objects::nonNull)
                            .forEach(p -> names.add(p.toString()));
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        String n = e.getName();
                        if (n.startsWith(DIR) && !e.isDirectory()) names.add(n.substring(DIR.length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled examples", e);
        }
        names.sort(null);
        return names;
    }

    /** Scene name of an example: its file name without the extension. */
    static String scene(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The example's opening {@code maxSeconds} as a text storyboard, each line with its hold
     * (the whole example when it is shorter).
     */
    static String opening(String name, int maxSeconds) {
        Storyboard full;
        try (InputStream in = BundledExamples.class.getResourceAsStream("examples/" + name)) {
            if (in == null) throw new IllegalStateException("missing example " + name);
            full = StoryboardParser.parse(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder text = new StringBuilder();
        for (StoryLine line : full.lines()) {
            if (line.startSecond() >= maxSeconds) break;
            int hold = Math.min(line.seconds(), maxSeconds - line.startSecond());
            text.append('[').append(hold).append("s] ").append(line.text()).append('\n');
        }
        return text.toString();
    }

    /** Length in seconds of a storyboard text. */
    static int seconds(String text) {
        return StoryboardParser.parse("opening.txt", text.getBytes(StandardCharsets.UTF_8))
                .totalSeconds();
    }
}
