package dev.longshot.media.provenance.c2pa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.VideoCodec;
import dev.longshot.media.TestVideos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** longshot's own manifest check: hash binding, signature, chain, trust. */
class C2paVerifierTest {
    @TempDir static Path dir;
    static Path video;
    static List<X509Certificate> root;
    static SigningIdentity signer;

    @BeforeAll
    static void writeVideo() throws IOException {
        Path keys = dir.resolve("keys");
        signer = InstallationKeys.loadOrCreate(keys);
        root = SigningIdentity.readCertificates(keys.resolve(InstallationKeys.ROOT));
        video = SignedVideos.write(dir.resolve("signed.mp4"), signer);
    }

    @Test
    void aSignedVideoIsTrustedWithItsRootAndNamesTheSignerAndTheAiSource() throws IOException {
        ManifestCheck c = C2paVerifier.check(video, root);
        assertEquals(ManifestCheck.State.TRUSTED, c.state(), c.toString());
        assertEquals(signer.signer(), c.signer());
        assertTrue(c.aiGenerated(), c.toString());
        assertTrue(c.assertions().containsAll(List.of("c2pa.actions.v2",
                ClaimFacts.ASSERTION, "c2pa.hash.bmff.v2")), c.toString());
    }

    @Test
    void withoutAnchorsItIsValidButNotTrusted() throws IOException {
        assertEquals(ManifestCheck.State.VALID, C2paVerifier.check(video, List.of()).state());
    }

    @Test
    void anotherInstallationsRootDoesNotMakeItTrusted() throws IOException {
        Path other = dir.resolve("other-keys");
        InstallationKeys.loadOrCreate(other);
        List<X509Certificate> foreign = SigningIdentity.readCertificates(
                other.resolve(InstallationKeys.ROOT));
        assertEquals(ManifestCheck.State.VALID, C2paVerifier.check(video, foreign).state());
    }

    @Test
    void aFlippedVideoByteBreaksTheHashBinding() throws IOException {
        Path copy = SignedVideos.withFlippedVideoByte(video, dir.resolve("flipped.mp4"));
        ManifestCheck c = C2paVerifier.check(copy, root);
        assertEquals(ManifestCheck.State.INVALID, c.state());
        assertEquals(List.of("assertion.bmffHash.mismatch"), c.problems());
    }

    @Test
    void aChangedClaimByteBreaksTheSignatureOrTheClaim() throws IOException {
        byte[] bytes = Files.readAllBytes(video);
        int at = indexOf(bytes, "longshot".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                bytes.length - 4000);
        bytes[at] = 'L';
        Path copy = Files.write(dir.resolve("claim.mp4"), bytes);
        assertEquals(ManifestCheck.State.INVALID, C2paVerifier.check(copy, root).state());
    }

    @Test
    void aVideoWithoutManifestHasNone() throws IOException {
        Path plain = TestVideos.write(dir.resolve("plain.mp4"), VideoCodec.H264, 12, Map.of());
        ManifestCheck c = C2paVerifier.check(plain, root);
        assertEquals(ManifestCheck.State.NONE, c.state());
        assertNull(c.signer());
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        for (int i = Math.max(0, from); i + needle.length <= hay.length; i++) {
            if (java.util.Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
