package dev.longshot.media.provenance.c2pa;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * This installation's own signing identity, made on first use: a root CA and a signer
 * certificate it issued (digital signature, extended key usage documentSigning, as the C2PA
 * certificate profile asks), under {@code $XDG_CONFIG_HOME/longshot/c2pa} (default
 * {@code ~/.config}). The private key is readable by its owner only. Each installation has its
 * own key; none is shipped.
 */
public final class InstallationKeys {
    public static final String KEY = "signer.key";
    public static final String CHAIN = "signer-chain.pem";
    /** The root certificate to give verifiers as a trust anchor ({@code --trust}). */
    public static final String ROOT = "root.pem";
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final SecureRandom RANDOM = new SecureRandom();

    private InstallationKeys() {}

    /** {@code $XDG_CONFIG_HOME/longshot/c2pa}, or {@code ~/.config/longshot/c2pa}. */
    public static Path directory() {
        return directory(System.getenv(), System.getProperty("user.home"));
    }

    static Path directory(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".config");
        return base.resolve("longshot").resolve("c2pa");
    }

    /** Loads this installation's identity, creating it first if there is none. */
    public static SigningIdentity loadOrCreate() throws IOException {
        return loadOrCreate(directory());
    }

    static synchronized SigningIdentity loadOrCreate(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(KEY))) create(dir);
        return SigningIdentity.load(dir.resolve(KEY), dir.resolve(CHAIN));
    }

    /**
     * Writes a new identity into a hidden sibling directory and moves it into place in one
     * step, so a reader never sees half of one; if another process got there first, its
     * identity stays and this one is deleted.
     */
    private static void create(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent == null) throw new IOException("no place for signing keys at " + dir);
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, ".c2pa.",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            writeIdentity(tmp);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                if (!Files.exists(dir.resolve(KEY))) throw e;
            } catch (IOException e) {
                if (!Files.exists(dir.resolve(KEY))) throw e; // lost the race: keep the winner
            }
        } finally {
            if (Files.exists(tmp)) {
                try (var files = Files.list(tmp)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                }
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void writeIdentity(Path dir) throws IOException {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair root = g.generateKeyPair();
            KeyPair signer = g.generateKeyPair();
            String id = HexFormat.of().formatHex(RANDOM.generateSeed(4));
            X500Name rootName = new X500Name("CN=longshot installation root " + id
                    + ",O=longshot");
            X500Name signerName = new X500Name("CN=longshot signer " + id + ",O=longshot");
            Instant now = Instant.now().minus(Duration.ofMinutes(5)); // tolerate clock skew
            X509Certificate rootCert = rootCertificate(rootName, root, now);
            X509Certificate signerCert = signerCertificate(signerName, signer, rootCert,
                    root, now);
            Path key = dir.resolve(KEY);
            Files.createFile(key, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            // PKCS#8, which names the curve (openssl and the JDK both read it)
            Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'})
                            .encodeToString(signer.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve(CHAIN), pem(signerCert) + pem(rootCert),
                    StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve(ROOT), pem(rootCert), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot create a C2PA signing key: " + e.getMessage(), e);
        }
    }

    private static X509Certificate rootCertificate(X500Name name, KeyPair keys, Instant from)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(from), Date.from(from.plus(VALIDITY)), name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        ext.createSubjectKeyIdentifier(keys.getPublic()));
        return sign(b, keys);
    }

    private static X509Certificate signerCertificate(X500Name name, KeyPair keys,
            X509Certificate issuer, KeyPair issuerKeys, Instant from)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial(),
                Date.from(from), Date.from(from.plus(VALIDITY)),
                new javax.security.auth.x500.X500Principal(name.getEncoded()), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_documentSigning))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        ext.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        ext.createAuthorityKeyIdentifier(issuer));
        return sign(b, issuerKeys);
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair issuer)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .build(issuer.getPrivate())));
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).setBit(63);
    }

    private static String pem(Object o) {
        StringWriter s = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(s)) {
            w.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }
}
