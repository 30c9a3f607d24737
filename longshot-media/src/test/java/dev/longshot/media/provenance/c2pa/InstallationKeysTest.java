package dev.longshot.media.provenance.c2pa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-installation signing identity: private, reused, C2PA-shaped. */
class InstallationKeysTest {
    @TempDir Path dir;

    @Test
    void thePrivateKeyIsReadableByItsOwnerOnly() throws IOException {
        Path keys = dir.resolve("c2pa");
        InstallationKeys.loadOrCreate(keys);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve(InstallationKeys.KEY))));
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys)));
    }

    @Test
    void theSameIdentityIsUsedOnTheNextRunAndEachInstallationHasItsOwn() throws IOException {
        SigningIdentity first = InstallationKeys.loadOrCreate(dir.resolve("a"));
        SigningIdentity again = InstallationKeys.loadOrCreate(dir.resolve("a"));
        SigningIdentity other = InstallationKeys.loadOrCreate(dir.resolve("b"));
        assertEquals(first.chain().get(0), again.chain().get(0));
        assertNotEquals(first.chain().get(0), other.chain().get(0));
    }

    @Test
    void theSignerIsAnEndEntityForDocumentSigningIssuedByTheRoot() throws Exception {
        SigningIdentity id = InstallationKeys.loadOrCreate(dir.resolve("c"));
        X509Certificate signer = id.chain().get(0);
        X509Certificate root = id.chain().get(1);
        assertEquals(-1, signer.getBasicConstraints());
        assertTrue(signer.getKeyUsage()[0], "digitalSignature");
        assertTrue(signer.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.36"));
        signer.verify(root.getPublicKey());
        assertTrue(root.getBasicConstraints() >= 0, "root is a CA");
        assertEquals(1, id.embeddedChain().size(), "the root is not put in the file");
    }

    @Test
    void theDirectoryFollowsXdgConfigHomeElseTheHomeConfig() {
        assertEquals(Path.of("/x/cfg/longshot/c2pa"),
                InstallationKeys.directory(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "/home/u"));
        assertEquals(Path.of("/home/u/.config/longshot/c2pa"),
                InstallationKeys.directory(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.config/longshot/c2pa"),
                InstallationKeys.directory(Map.of("XDG_CONFIG_HOME", "rel"), "/home/u"),
                "a relative XDG_CONFIG_HOME is ignored, as the spec says");
    }
}
