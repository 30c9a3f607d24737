package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The golden frame is the same in other JVMs: every JDK ≥ 21 installed under /usr/lib/jvm
 * (21 and 25 where both are there), with one render thread and with three, and with the JIT
 * held to its first tier, whose code differs from the optimizing compiler's.
 */
class CrossJvmDeterminismTest {
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    @Test
    void everyInstalledJdkAndCompilerTierRendersTheGoldenFrame() throws Exception {
        List<Path> jdks = jdks();
        assertFalse(jdks.isEmpty(), "no JDK >= 21 found");
        List<String> compared = new ArrayList<>();
        for (Path home : jdks) {
            for (List<String> flags : List.of(List.of("1"), List.of("3"),
                    List.of("-XX:TieredStopAtLevel=1", "3"))) {
                String hash = run(home, flags);
                compared.add(home.getFileName() + " " + flags);
                assertEquals(SoftwareRendererTest.GOLDEN, hash, home + " " + flags);
            }
        }
        System.out.println("golden frame identical on: " + compared);
    }

    private static List<Path> jdks() throws IOException {
        List<Path> found = new ArrayList<>();
        found.add(Path.of(System.getProperty("java.home")));
        Path root = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(root)) {
            try (Stream<Path> homes = Files.list(root)) {
                for (Path h : homes.sorted().toList()) {
                    if (major(h) >= 21 && !Files.isSymbolicLink(h) && !sameJdk(found, h)) {
                        found.add(h);
                    }
                }
            }
        }
        return found;
    }

    private static boolean sameJdk(List<Path> found, Path h) throws IOException {
        for (Path f : found) if (Files.isSameFile(f, h)) return true;
        return false;
    }

    private static int major(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return 0;
        }
        Matcher m = VERSION.matcher(Files.readString(release));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String run(Path home, List<String> flags) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/java").toString(),
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(flags.subList(0, flags.size() - 1));
        cmd.add(GoldenFrame.class.getName());
        cmd.add(flags.get(flags.size() - 1));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
