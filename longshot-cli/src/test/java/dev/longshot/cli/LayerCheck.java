package dev.longshot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the main source trees of all modules and reports every reference from one package
 * of {@code dev.longshot} to a package below it in {@link #ORDER}, and every place where the
 * world reads storyboard text. A package not named in the order sits in the layer of its
 * nearest named parent ({@code world.terrain} is {@code world}); a package with no named
 * parent is itself a violation, so a new package has to be given its place.
 */
final class LayerCheck {
    /**
     * The layers, top first (DESIGN.md "Modules"). A package may use the ones above it and
     * its own layer; never one below. {@code memory.train} sits under {@code render} because
     * it renders small frames for the visual input; the runtime {@code memory} does not.
     */
    static final List<Set<String>> ORDER = List.of(
            Set.of("catalog"),
            Set.of("story"),
            Set.of("plan"),
            Set.of("memory"),
            Set.of("world"),
            Set.of("render"),
            Set.of("memory.train"),
            Set.of("validate"),
            Set.of("audio"),
            Set.of("director"),
            Set.of("media.encode"),
            Set.of("media.decode"),
            Set.of("media.provenance", "media.provenance.watermark"),
            Set.of("media.metrics"),
            Set.of("media.handoff"),
            Set.of("media.segments"),
            Set.of("cli"),
            Set.of("spark"));

    /**
     * Known references against the order, as "from -> to" packages: each is still reported
     * when it disappears, so the entry gets deleted with it.
     */
    static final Set<String> ALLOWED = Set.of();

    /** What the world may not use: the storyboard and the classes that read its text. */
    static final Set<String> TEXT_READERS = Set.of("plan.SceneLexicon", "plan.StoryReader",
            "plan.NearestEntry", "plan.Idioms", "plan.Places", "plan.ReadingDraft",
            "plan.TextEncoder", "plan.Mentions", "plan.SentenceEmbedder", "plan.BgeEmbedder",
            "plan.LexiconEntry", "catalog.WordSplitter", "catalog.ChineseSegmenter",
            "catalog.EnglishSplitter", "catalog.EnglishLemmatizer");

    private static final Pattern REFERENCE = Pattern.compile(
            "\\bdev\\.longshot\\.((?:[a-z_][a-z0-9_]*\\.)*[a-z_][a-z0-9_]*)\\.(\\*|[A-Z]\\w*)");
    private static final Pattern PACKAGE =
            Pattern.compile("^\\s*package\\s+dev\\.longshot\\.([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TEXT_CALL = Pattern.compile("\\.text\\(\\)");

    /** One finding: where, and what is wrong. */
    record Violation(Path file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private final Set<String> allowed;

    LayerCheck(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** Every violation in the {@code .java} files under {@code roots}, in path order. */
    List<Violation> check(List<Path> roots) {
        List<Violation> out = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Path root : roots) {
            for (Path file : javaFiles(root)) check(file, out, used);
        }
        for (String entry : new TreeSet<>(allowed)) {
            if (!used.contains(entry)) {
                out.add(new Violation(Path.of("LayerCheck.ALLOWED"), 0,
                        "allow-list entry \"" + entry + "\" is no longer needed: delete it"));
            }
        }
        return out;
    }

    private void check(Path file, List<Violation> out, Set<String> used) {
        String code = withoutCommentsAndStrings(read(file));
        Matcher pm = PACKAGE.matcher(code);
        if (!pm.find()) return;
        String from = pm.group(1);
        int fromLayer = layerOf(from);
        if (fromLayer < 0) {
            out.add(new Violation(file, lineOf(code, pm.start(1)),
                    "package " + from + " has no place in the layer order"));
            return;
        }
        boolean world = within(from, "world");
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            String to = m.group(1);
            int line = lineOf(code, m.start());
            int toLayer = layerOf(to);
            if (toLayer > fromLayer) {
                String entry = from + " -> " + to;
                if (allowed.contains(entry)) {
                    used.add(entry);
                } else {
                    out.add(new Violation(file, line, from + " uses " + to + "." + m.group(2)
                            + ", a package below it"));
                }
            }
            if (world && (within(to, "story") || TEXT_READERS.contains(to + "." + m.group(2)))) {
                out.add(new Violation(file, line, "the world reads storyboard text through "
                        + to + "." + m.group(2) + "; it may read only the plan"));
            }
        }
        Matcher t = TEXT_CALL.matcher(code);
        while (world && t.find()) {
            out.add(new Violation(file, lineOf(code, t.start()),
                    "the world reads text(): the plan's fields say what the line means"));
        }
    }

    /** Index in {@link #ORDER} of the layer holding {@code pkg}, or -1. */
    static int layerOf(String pkg) {
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < ORDER.size(); i++) {
            for (String named : ORDER.get(i)) {
                if (within(pkg, named) && named.length() > bestLength) {
                    best = i;
                    bestLength = named.length();
                }
            }
        }
        return best;
    }

    private static boolean within(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (code.charAt(i) == '\n') line++;
        return line;
    }

    /**
     * The source with comments and string/char literals blanked (line breaks kept, so line
     * numbers still match): a package named in Javadoc or a message is not a dependency.
     */
    static String withoutCommentsAndStrings(String src) {
        StringBuilder b = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') i = blank(src, i, b);
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                while (i < end) i = blank(src, i, b);
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                while (i < end) i = blank(src, i, b);
            } else if (c == '"' || c == '\'') {
                b.append(' ');
                i++;
                while (i < n && src.charAt(i) != c && src.charAt(i) != '\n') {
                    if (src.charAt(i) == '\\' && i + 1 < n) i = blank(src, i, b);
                    i = blank(src, i, b);
                }
                if (i < n) i = blank(src, i, b);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static int blank(String src, int i, StringBuilder b) {
        b.append(src.charAt(i) == '\n' ? '\n' : ' ');
        return i + 1;
    }
}
