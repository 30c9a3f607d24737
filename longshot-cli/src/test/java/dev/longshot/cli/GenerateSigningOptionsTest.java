package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --signing-key/--signing-cert} refuse unusable keys before rendering. */
class GenerateSigningOptionsTest {
    @TempDir Path dir;

    @Test
    void aKeyWithoutItsCertificateOrAnUnreadableKeyIsRefusedAndNothingIsWritten()
            throws IOException {
        Path board = Files.writeString(dir.resolve("b.txt"), "dawn\n");
        Path out = dir.resolve("o.mp4");
        Path key = Files.writeString(dir.resolve("key.pem"), "not a key\n");
        Cli alone = Cli.run("generate", board.toString(), "-o", out.toString(), "--quiet",
                "--signing-key", key.toString());
        assertEquals(2, alone.exit(), alone.err());
        assertTrue(alone.err().contains("--signing-key and --signing-cert go together"),
                alone.err());
        Cli bad = Cli.run("generate", board.toString(), "-o", out.toString(), "--quiet",
                "--signing-key", key.toString(), "--signing-cert", key.toString());
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("cannot use the signing key") && bad.err()
                .contains("key.pem"), bad.err());
        assertFalse(Files.exists(out));
    }
}
