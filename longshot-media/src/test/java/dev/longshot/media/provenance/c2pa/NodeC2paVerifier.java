package dev.longshot.media.provenance.c2pa;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs c2pa-rs (npm {@code @contentauth/c2pa-wasm}, installed by {@code npm ci} in
 * {@code src/test/c2pa-verifier}, as .ci/run does) on a file and returns its verdict line.
 */
final class NodeC2paVerifier {
    static final Path DIR = Path.of("src", "test", "c2pa-verifier");

    private NodeC2paVerifier() {}

    /** Skips the calling test, saying why, when the verifier is not installed here. */
    static void assumeInstalled() {
        assumeTrue(Files.isDirectory(DIR.resolve("node_modules/@contentauth/c2pa-wasm")),
                "independent C2PA verifier not installed: run `npm ci` in " + DIR.toAbsolutePath()
                        + " (CI does)");
    }

    /** The verdict: {"state": Trusted|Valid|Invalid|NoManifest, "codes": [...]} as JSON. */
    static String verify(Path file, String mime, Path anchors) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", "verify.mjs",
                file.toAbsolutePath().toString(), mime));
        if (anchors != null) cmd.add(anchors.toAbsolutePath().toString());
        Process p = new ProcessBuilder(cmd).directory(DIR.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("node verify.mjs timed out");
        }
        if (p.exitValue() != 0) throw new IOException("node verify.mjs failed: " + out);
        return out.strip();
    }
}
