package dev.longshot.media.provenance.c2pa;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the C2PA manifest of an MP4 or PNG the way a C2PA validator does, for what longshot
 * writes: every assertion against the hash the claim holds for it, the hard binding (BMFF hash
 * of an MP4, data hash of a PNG) against the file, the claim's ES256 signature against the signer certificate, the chain's signatures
 * and validity, and whether the chain ends at one of the given trust anchors.
 */
public final class C2paVerifier {
    private static final Set<String> BMFF_EXCLUSIONS = Set.of("/uuid", "/ftyp", "/mfra");

    private C2paVerifier() {}

    /**
     * @param file    the video; a file that is not ISO BMFF has no manifest here
     * @param anchors trusted root (or intermediate) certificates; may be empty
     * @throws IOException when the file cannot be read
     */
    public static ManifestCheck check(Path file, List<X509Certificate> anchors)
            throws IOException {
        if (startsLikePng(file)) return checkPng(Files.readAllBytes(file), anchors);
        try (FileChannel ch = FileChannel.open(file)) {
            List<TopLevelBox> boxes;
            try {
                boxes = TopLevelBox.list(ch);
            } catch (IOException notBmff) {
                return ManifestCheck.none();
            }
            Optional<TopLevelBox> box = boxes.stream().filter(TopLevelBox::isC2pa)
                    .reduce((a, b) -> b);
            if (box.isEmpty()) return ManifestCheck.none();
            try {
                return check(store(ch, box.get()), anchors,
                        (label, body) -> label.equals(Labels.BMFF_HASH)
                                ? bmffProblems(ch, boxes, body) : null);
            } catch (IllegalArgumentException | IllegalStateException | ClassCastException
                    | IndexOutOfBoundsException e) {
                return ManifestCheck.invalid("manifest.malformed: " + e.getMessage());
            }
        }
    }

    /** The JUMBF manifest store in the uuid box, after "manifest\0" and the 8-byte offset. */
    private static Jumbf.Node store(FileChannel ch, TopLevelBox box) throws IOException {
        if (box.size() > Integer.MAX_VALUE) throw new IOException("C2PA box too large");
        ByteBuffer b = TopLevelBox.read(ch, box.offset(), (int) box.size());
        int at = 8 + 16 + 4;
        int zero = at;
        while (zero < b.limit() && b.get(zero) != 0) zero++;
        at = zero + 1 + 8;
        if (at > b.limit()) throw new IllegalArgumentException("C2PA box cut short");
        byte[] jumbf = new byte[b.limit() - at];
        b.get(at, jumbf);
        return Jumbf.read(jumbf);
    }

    /** The hard binding a file type uses: its problems, or null for any other assertion. */
    @FunctionalInterface
    private interface HardBinding {
        List<String> problems(String label, JsonNode body) throws IOException;
    }

    private static boolean startsLikePng(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return PngChunks.isPng(in.readNBytes(PngChunks.SIGNATURE.length));
        }
    }

    /** A PNG's manifest: the caBX chunk, bound by a data hash excluding exactly that chunk. */
    private static ManifestCheck checkPng(byte[] png, List<X509Certificate> anchors)
            throws IOException {
        List<PngChunks> chunks;
        try {
            chunks = PngChunks.list(png);
        } catch (IllegalArgumentException e) {
            return ManifestCheck.none();
        }
        Optional<PngChunks> box = PngChunks.c2pa(chunks);
        if (box.isEmpty()) return ManifestCheck.none();
        try {
            return check(Jumbf.read(box.get().data(png)), anchors,
                    (label, body) -> label.equals(Labels.DATA_HASH)
                            ? dataHashProblems(png, box.get(), body) : null);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException
                | IndexOutOfBoundsException e) {
            return ManifestCheck.invalid("manifest.malformed: " + e.getMessage());
        }
    }

    /**
     * SHA-256 over the file less its exclusions; the exclusions must be exactly the manifest's
     * own chunk, or they could hide a changed picture.
     */
    private static List<String> dataHashProblems(byte[] png, PngChunks manifest,
            JsonNode binding) throws IOException {
        JsonNode ex = binding.path("exclusions");
        if (ex.size() != 1 || !"sha256".equals(binding.path("alg").asText("sha256"))
                || ex.get(0).path("start").asLong() != manifest.offset()
                || ex.get(0).path("length").asLong() != manifest.length() + 12L) {
            return List.of("assertion.dataHash.mismatch");
        }
        MessageDigest sha = BmffHash.sha256();
        sha.update(png, 0, manifest.offset());
        int end = manifest.offset() + manifest.length() + 12;
        sha.update(png, end, png.length - end);
        return MessageDigest.isEqual(binding.path("hash").binaryValue(), sha.digest())
                ? List.of() : List.of("assertion.dataHash.mismatch");
    }

    private static ManifestCheck check(Jumbf.Node store, List<X509Certificate> anchors,
            HardBinding hardBinding) throws IOException {
        Jumbf.Node manifest = store.childOfType(Jumbf.MANIFEST)
                .orElseThrow(() -> new IllegalArgumentException("no manifest in the store"));
        Jumbf.Node assertionStore = manifest.child(Labels.ASSERTIONS)
                .orElseThrow(() -> new IllegalArgumentException("no assertion store"));
        Jumbf.Node claimBox = manifest.childOfType(Jumbf.CLAIM)
                .orElseThrow(() -> new IllegalArgumentException("no claim"));
        Jumbf.Node signatureBox = manifest.childOfType(Jumbf.SIGNATURE)
                .orElseThrow(() -> new IllegalArgumentException("no claim signature"));
        byte[] claimBytes = claimBox.contents().get(0);
        JsonNode claim = Cbor.decode(claimBytes);

        Set<String> problems = new TreeSet<>();
        List<String> labels = new ArrayList<>();
        boolean bound = false;
        boolean ai = false;
        JsonNode refs = claim.has("created_assertions") ? claim.get("created_assertions")
                : claim.path("assertions");
        for (JsonNode ref : refs) {
            String url = ref.path("url").asText();
            String label = url.substring(url.lastIndexOf('/') + 1);
            labels.add(label);
            Optional<Jumbf.Node> a = assertionStore.child(label);
            if (a.isEmpty()) {
                problems.add("assertion.missing");
                continue;
            }
            byte[] want = ref.path("hash").binaryValue();
            if (!MessageDigest.isEqual(want, BmffHash.sha256().digest(a.get().payload()))) {
                problems.add("assertion.hashedURI.mismatch");
            }
            JsonNode body = Cbor.decode(a.get().contents().get(0));
            List<String> bindingProblems = hardBinding.problems(label, body);
            if (bindingProblems != null) {
                bound = true;
                problems.addAll(bindingProblems);
            } else if (label.startsWith("c2pa.actions")) {
                for (JsonNode action : body.path("actions")) {
                    ai |= Labels.CREATED.equals(action.path("action").asText())
                            && Labels.TRAINED_ALGORITHMIC_MEDIA.equals(
                                    action.path("digitalSourceType").asText());
                }
            }
        }
        if (!bound) problems.add("claim.hardBindings.missing");

        JsonNode cose = Cbor.decode(signatureBox.contents().get(0));
        byte[] protectedHeader = cose.get(0).binaryValue();
        JsonNode header = Cbor.decode(protectedHeader);
        List<X509Certificate> chain = certificates(
                header.has("33") ? header.get("33") : cose.get(1).path("33"));
        if (chain.isEmpty()) throw new IllegalArgumentException("no signer certificate");
        String signer = chain.get(0).getSubjectX500Principal().getName();
        try {
            if (header.path("1").asInt() != Cose.ES256
                    || !Cose.verify(protectedHeader, claimBytes, cose.get(3).binaryValue(),
                            chain.get(0).getPublicKey())) {
                problems.add("claimSignature.mismatch");
            }
        } catch (GeneralSecurityException e) {
            problems.add("claimSignature.mismatch");
        }
        if (!chainHolds(chain)) problems.add("signingCredential.invalid");
        ManifestCheck.State state = !problems.isEmpty() ? ManifestCheck.State.INVALID
                : trusted(chain, anchors) ? ManifestCheck.State.TRUSTED
                : ManifestCheck.State.VALID;
        return new ManifestCheck(state, List.copyOf(problems), signer, ai, labels);
    }

    private static List<String> bmffProblems(FileChannel ch, List<TopLevelBox> boxes,
            JsonNode binding) throws IOException {
        Set<String> xpaths = new TreeSet<>();
        for (JsonNode e : binding.path("exclusions")) xpaths.add(e.path("xpath").asText());
        if (!xpaths.equals(BMFF_EXCLUSIONS) || binding.has("merkle")
                || !"sha256".equals(binding.path("alg").asText("sha256"))) {
            return List.of("assertion.bmffHash.unsupported");
        }
        byte[] want = binding.path("hash").binaryValue();
        return MessageDigest.isEqual(want, BmffHash.of(ch, boxes)) ? List.of()
                : List.of("assertion.bmffHash.mismatch");
    }

    private static List<X509Certificate> certificates(JsonNode x5chain) throws IOException {
        List<byte[]> ders = new ArrayList<>();
        if (x5chain.isBinary()) ders.add(x5chain.binaryValue());
        for (JsonNode c : x5chain) if (c.isBinary()) ders.add(c.binaryValue());
        List<X509Certificate> out = new ArrayList<>();
        try {
            CertificateFactory f = CertificateFactory.getInstance("X.509");
            for (byte[] der : ders) {
                try (InputStream in = new java.io.ByteArrayInputStream(der)) {
                    out.add((X509Certificate) f.generateCertificate(in));
                }
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException("unreadable certificate: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every certificate is in its validity period and signed by the next one. */
    private static boolean chainHolds(List<X509Certificate> chain) {
        try {
            for (int i = 0; i < chain.size(); i++) {
                chain.get(i).checkValidity();
                if (i + 1 < chain.size()) chain.get(i).verify(chain.get(i + 1).getPublicKey());
            }
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The chain's last certificate is an anchor or was issued by one. */
    private static boolean trusted(List<X509Certificate> chain, List<X509Certificate> anchors) {
        X509Certificate last = chain.get(chain.size() - 1);
        for (X509Certificate anchor : anchors) {
            if (anchor.equals(last)) return true;
            if (!anchor.getSubjectX500Principal().equals(last.getIssuerX500Principal())) continue;
            try {
                anchor.checkValidity();
                last.verify(anchor.getPublicKey());
                return true;
            } catch (GeneralSecurityException e) {
                // not this anchor
            }
        }
        return false;
    }
}
