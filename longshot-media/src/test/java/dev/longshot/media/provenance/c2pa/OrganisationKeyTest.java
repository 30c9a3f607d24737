package dev.longshot.media.provenance.c2pa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organisation's own key and chain sign instead of this installation's. */
class OrganisationKeyTest {
    @TempDir Path dir;

    @Test
    void aVideoSignedWithAnotherKeyNamesThatSignerAndTrustsOnlyItsRoot() throws IOException {
        Path org = dir.resolve("org");
        InstallationKeys.loadOrCreate(org); // stands in for keys made elsewhere
        SigningIdentity id = SigningIdentity.load(org.resolve(InstallationKeys.KEY),
                org.resolve(InstallationKeys.CHAIN));
        Path video = SignedVideos.write(dir.resolve("org.mp4"), id);
        ManifestCheck c = C2paVerifier.check(video,
                SigningIdentity.readCertificates(org.resolve(InstallationKeys.ROOT)));
        assertEquals(ManifestCheck.State.TRUSTED, c.state());
        assertEquals(id.signer(), c.signer());
        Path mine = dir.resolve("mine");
        InstallationKeys.loadOrCreate(mine);
        assertEquals(ManifestCheck.State.VALID, C2paVerifier.check(video,
                SigningIdentity.readCertificates(mine.resolve(InstallationKeys.ROOT))).state());
    }

    @Test
    void unusableKeyFilesAreRefusedNamingTheFile() throws IOException {
        Path notKey = Files.writeString(dir.resolve("k.pem"), "hello\n");
        Path org = dir.resolve("org2");
        InstallationKeys.loadOrCreate(org);
        IOException e = assertThrows(IOException.class,
                () -> SigningIdentity.load(notKey, org.resolve(InstallationKeys.CHAIN)));
        assertTrue(e.getMessage().startsWith(notKey.toString()), e.getMessage());
        Path noCert = Files.writeString(dir.resolve("c.pem"), "");
        e = assertThrows(IOException.class,
                () -> SigningIdentity.load(org.resolve(InstallationKeys.KEY), noCert));
        assertTrue(e.getMessage().startsWith(noCert.toString()), e.getMessage());
    }
}
