package dev.longshot.media.provenance.c2pa;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Who signs a manifest: an EC P-256 private key and its certificate chain, signer first (the
 * root may be left out: verifiers take it from their trust list).
 *
 * @param key   the signer's private key
 * @param chain the signer's certificate, then the CAs that issued it
 */
public record SigningIdentity(PrivateKey key, List<X509Certificate> chain) {
    public SigningIdentity {
        if (!(key instanceof ECPrivateKey)) {
            throw new IllegalArgumentException("C2PA signing needs an EC (P-256) private key");
        }
        if (chain.isEmpty()) throw new IllegalArgumentException("certificate chain empty");
        chain = List.copyOf(chain);
    }

    /**
     * The certificates a manifest carries: the chain without a self-signed root, which a
     * verifier must get from its own trust list, never from the file.
     */
    List<X509Certificate> embeddedChain() {
        List<X509Certificate> out = new ArrayList<>(chain);
        if (out.size() > 1) {
            X509Certificate last = out.get(out.size() - 1);
            if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                out.remove(out.size() - 1);
            }
        }
        return out;
    }

    /** The signer certificate's subject, as verifiers show it. */
    public String signer() {
        return chain.get(0).getSubjectX500Principal().getName();
    }

    /**
     * An organisation's own key and certificates, from PEM files.
     *
     * @param keyFile  PKCS#8 ({@code PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}) PEM
     * @param certFile the signer certificate first, then its CAs
     * @throws IOException naming the file that cannot be read or holds no usable key/certificate
     */
    public static SigningIdentity load(Path keyFile, Path certFile) throws IOException {
        PrivateKey key = readKey(keyFile);
        List<X509Certificate> chain = readCertificates(certFile);
        if (chain.isEmpty()) throw new IOException(certFile + ": no certificate in it");
        try {
            return new SigningIdentity(key, chain);
        } catch (IllegalArgumentException e) {
            throw new IOException(keyFile + ": " + e.getMessage(), e);
        }
    }

    static PrivateKey readKey(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser pem = new PEMParser(r)) {
            Object o = pem.readObject();
            JcaPEMKeyConverter convert = new JcaPEMKeyConverter();
            if (o instanceof PEMKeyPair pair) return convert.getPrivateKey(pair.getPrivateKeyInfo());
            if (o instanceof PrivateKeyInfo info) return convert.getPrivateKey(info);
            throw new IOException(file + ": no unencrypted private key in it (PEM 'PRIVATE KEY'"
                    + " or 'EC PRIVATE KEY' expected)");
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file.toString()) ? e
                    : new IOException(file + ": cannot read the private key (" + e.getMessage()
                            + ")", e);
        }
    }

    /** Every certificate in a PEM (or DER) file, in file order. */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            return certs;
        } catch (CertificateException e) {
            throw new IOException(file + ": not a certificate file (" + e.getMessage() + ")", e);
        }
    }
}
