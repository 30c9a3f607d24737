package dev.longshot.media.provenance.c2pa;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * COSE_Sign1 (RFC 9052) as C2PA uses it: ES256, the certificate chain in the protected header
 * ({@code x5chain}, label 33), detached payload (the claim).
 */
final class Cose {
    static final int ALG = 1;
    static final int X5CHAIN = 33;
    static final int ES256 = -7;
    /** r‖s, 32 bytes each, as COSE wants it (not DER). */
    static final String JCA_ALG = "SHA256withECDSAinP1363Format";
    private static final CBORFactory FACTORY = new CBORFactory();

    private Cose() {}

    /** Signs {@code claim}; returns the tagged COSE_Sign1 bytes. */
    static byte[] sign(byte[] claim, PrivateKey key, List<X509Certificate> chain) {
        try {
            byte[] protectedHeader = protectedHeader(chain);
            Signature s = Signature.getInstance(JCA_ALG);
            s.initSign(key);
            s.update(toBeSigned(protectedHeader, claim));
            byte[] signature = s.sign();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CBORGenerator g = FACTORY.createGenerator(out)) {
                g.writeTag(18);
                g.writeStartArray(null, 4);
                g.writeBinary(protectedHeader);
                g.writeStartObject(null, 0);
                g.writeEndObject();
                g.writeNull();
                g.writeBinary(signature);
                g.writeEndArray();
            }
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the C2PA claim: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks {@code signature} (r‖s) over {@code claim} with the signer's public key. */
    static boolean verify(byte[] protectedHeader, byte[] claim, byte[] signature, PublicKey key)
            throws GeneralSecurityException {
        Signature s = Signature.getInstance(JCA_ALG);
        s.initVerify(key);
        s.update(toBeSigned(protectedHeader, claim));
        return s.verify(signature);
    }

    private static byte[] protectedHeader(List<X509Certificate> chain)
            throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject(null, 2);
            g.writeFieldId(ALG);
            g.writeNumber(ES256);
            g.writeFieldId(X5CHAIN);
            if (chain.size() == 1) {
                g.writeBinary(chain.get(0).getEncoded());
            } else {
                g.writeStartArray(null, chain.size());
                for (X509Certificate c : chain) g.writeBinary(c.getEncoded());
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** Sig_structure: ["Signature1", protected, external_aad (empty), payload]. */
    private static byte[] toBeSigned(byte[] protectedHeader, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray(null, 4);
            g.writeString("Signature1");
            g.writeBinary(protectedHeader);
            g.writeBinary(new byte[0]);
            g.writeBinary(payload);
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
