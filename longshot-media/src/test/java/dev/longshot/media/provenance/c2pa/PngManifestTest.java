package dev.longshot.media.provenance.c2pa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own verifier on sealed PNGs: the same verdicts c2pa-rs gives (see the Node test). */
class PngManifestTest {
    @TempDir
    Path dir;

    @Test
    void contactSheetPngCarriesValidManifest() throws IOException {
        Path keys = dir.resolve("keys");
        Path png = SignedStills.write(dir.resolve("sheet.png"), InstallationKeys.loadOrCreate(keys));
        ManifestCheck c = C2paVerifier.check(png, SigningIdentity.readCertificates(
                keys.resolve(InstallationKeys.ROOT)));
        assertEquals(ManifestCheck.State.TRUSTED, c.state(), c.toString());
        assertTrue(c.aiGenerated());
        assertTrue(c.assertions().contains(Labels.DATA_HASH), c.assertions().toString());
        assertTrue(ImageIO.read(png.toFile()).getWidth() == 320, "still a readable PNG");
        byte[] bytes = Files.readAllBytes(png);
        assertEquals("caBX", PngChunks.list(bytes).get(1).type(), "right after IHDR");
    }

    @Test
    void flippedPngByteInvalidatesManifest() throws IOException {
        Path png = SignedStills.write(dir.resolve("sheet.png"),
                InstallationKeys.loadOrCreate(dir.resolve("keys")));
        Path copy = SignedStills.withFlippedPixelByte(png, dir.resolve("flipped.png"));
        ManifestCheck c = C2paVerifier.check(copy, List.of());
        assertEquals(ManifestCheck.State.INVALID, c.state());
        assertEquals(List.of("assertion.dataHash.mismatch"), c.problems());
    }

    @Test
    void aPngWithoutManifestHasNoneAndASealedOneCannotBeSealedAgain() throws IOException {
        Path plain = dir.resolve("plain.png");
        ImageIO.write(new java.awt.image.BufferedImage(8, 8, 1), "png", plain.toFile());
        assertEquals(ManifestCheck.State.NONE, C2paVerifier.check(plain, List.of()).state());
        SigningIdentity id = InstallationKeys.loadOrCreate(dir.resolve("keys"));
        Path sealed = SignedStills.write(dir.resolve("sealed.png"), id);
        assertThrows(IOException.class, () -> C2paSealer.sealPng(sealed,
                new ClaimFacts("0.1.0", null, "0e".repeat(32), 7, null), id));
    }
}
