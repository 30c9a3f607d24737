package dev.longshot.media.provenance.c2pa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sealing costs beside encoding: hashing is the part that grows with the file. Prints the
 * figure for a 64 MB file (a few minutes of 720p) so the README can quote it.
 */
class SigningCostTest {
    @TempDir Path dir;

    @Test
    void sealingA64MbFileHashesItOnceAndSignsOnce() throws IOException {
        SigningIdentity id = InstallationKeys.loadOrCreate(dir.resolve("keys"));
        Path mp4 = dir.resolve("big.mp4");
        byte[] payload = new byte[64 << 20];
        new Random(1).nextBytes(payload);
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(20 + 8);
        head.putInt(20).put("ftypisom".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(0x200).put("isom".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        head.putInt(8 + payload.length).put("mdat".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
        try (var out = Files.newOutputStream(mp4)) {
            out.write(head.array());
            out.write(payload);
        }
        Path copy = Files.copy(mp4, dir.resolve("again.mp4"));
        ClaimFacts facts = new ClaimFacts("0.1.0", "t", "0e".repeat(32), 1, null);
        long t0 = System.nanoTime();
        C2paSealer.seal(mp4, facts, id);
        long t1 = System.nanoTime();
        C2paSealer.seal(copy, facts, id); // warm: classes loaded, crypto initialised
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "C2PA sealing of a 64 MB MP4: %.0f ms first in the JVM,"
                + " %.0f ms warm%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        assertEquals(ManifestCheck.State.VALID, C2paVerifier.check(mp4,
                java.util.List.of()).state());
    }
}
