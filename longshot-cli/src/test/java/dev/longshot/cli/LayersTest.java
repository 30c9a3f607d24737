package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer diagram of DESIGN.md holds: every package uses only the packages above it
 * ({@link LayerCheck#ORDER}: story, plan, memory, world, render, memory.train, validate,
 * audio, director, media.encode, media.decode, media.provenance(+.watermark), media.metrics,
 * media.handoff, media.segments, cli, spark — the last in longshot-spark), and the world reads only the plan, never the storyboard's text.
 */
class LayersTest {
    private static final List<String> MODULES =
            List.of("longshot-core", "longshot-media", "longshot-cli", "longshot-spark");

    @TempDir
    Path dir;

    @Test
    void everyPackageUsesOnlyPackagesAboveIt() {
        List<Path> roots = MODULES.stream()
                .map(m -> projectRoot().resolve(m).resolve("src/main/java")).toList();
        roots.forEach(r -> assertTrue(Files.isDirectory(r), "no sources at " + r));
        List<LayerCheck.Violation> found = new LayerCheck(LayerCheck.ALLOWED).check(roots);
        assertTrue(found.isEmpty(), found.stream().map(Object::toString)
                .collect(Collectors.joining("\n", found.size() + " layer violations:\n", "")));
    }

    @Test
    void importOfALowerPackageIsReported() throws IOException {
        source("story/Bad.java", "package dev.longshot.story;\n\n"
                + "import dev.longshot.render.Frame;\n\nclass Bad { Frame f; }\n");
        List<LayerCheck.Violation> found = check();
        assertEquals(1, found.size(), found.toString());
        assertEquals(3, found.get(0).line());
        assertTrue(found.get(0).message().contains("story uses render.Frame"), found.toString());
    }

    @Test
    void fullyQualifiedUseOfALowerPackageIsReported() throws IOException {
        source("plan/Bad.java", "package dev.longshot.plan;\n\n"
                + "class Bad { Object m = dev.longshot.memory.MemoryCore.class; }\n");
        assertEquals(1, check().size());
    }

    @Test
    void usesOfPackagesAboveAndNamesInCommentsOrStringsPass() throws IOException {
        source("render/Fine.java", "package dev.longshot.render;\n\n"
                + "import dev.longshot.world.FrameSpec;\nimport dev.longshot.plan.*;\n"
                + "/** Not {@link dev.longshot.director.Director}. */\n"
                + "class Fine { String s = \"dev.longshot.cli.Main\"; // dev.longshot.cli.X\n}\n");
        assertEquals(List.of(), check());
    }

    @Test
    void subpackageSitsInItsParentsLayer() throws IOException {
        source("world/terrain/Ground.java", "package dev.longshot.world.terrain;\n\n"
                + "import dev.longshot.world.Vec3;\nimport dev.longshot.render.Frame;\n");
        List<LayerCheck.Violation> found = check();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("render.Frame"), found.toString());
    }

    @Test
    void worldReadingTheStoryboardTextIsReported() throws IOException {
        source("world/Reads.java", "package dev.longshot.world;\n\n"
                + "import dev.longshot.plan.SceneLexicon;\nimport dev.longshot.plan.ScenePlan;\n"
                + "class Reads { Object f(ScenePlan p) {\n"
                + "  return SceneLexicon.bundled().read(p.text()); } }\n");
        List<LayerCheck.Violation> found = check();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("SceneLexicon"), found.toString());
        assertEquals(6, found.get(1).line());
    }

    @Test
    void packageOutsideTheOrderIsReported() throws IOException {
        source("gadget/Thing.java", "package dev.longshot.gadget;\n\nclass Thing {}\n");
        List<LayerCheck.Violation> found = check();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("no place"), found.toString());
    }

    @Test
    void allowListEntryIsHonouredAndReportedOnceNoLongerNeeded() throws IOException {
        Set<String> allowed = Set.of("story -> render");
        source("story/Known.java", "package dev.longshot.story;\n\n"
                + "import dev.longshot.render.Frame;\n");
        assertEquals(List.of(), new LayerCheck(allowed).check(List.of(dir)));
        Files.delete(dir.resolve("story/Known.java"));
        List<LayerCheck.Violation> found = new LayerCheck(allowed).check(List.of(dir));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("no longer needed"), found.toString());
    }

    private List<LayerCheck.Violation> check() {
        return new LayerCheck(Set.of()).check(List.of(dir));
    }

    private void source(String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** The reactor root: surefire runs in the module directory. */
    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("longshot-core")) ? here : here.getParent();
    }
}
