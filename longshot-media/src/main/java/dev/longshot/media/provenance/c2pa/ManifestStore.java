package dev.longshot.media.provenance.c2pa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the JUMBF manifest store of one file: the actions (created by a trained model), the
 * storyboard assertion, the hard binding (BMFF hash for MP4, data hash for PNG), the claim
 * listing them with their hashes, and the claim's signature.
 */
final class ManifestStore {
    private ManifestStore() {}

    static byte[] build(ClaimFacts facts, byte[] bmffHash, SigningIdentity signer) {
        return build(facts, Labels.BMFF_HASH, binding(bmffHash), signer);
    }

    /**
     * The store with {@code hardBinding} (an assertion body) under {@code bindingLabel}: the
     * BMFF hash for an MP4, the data hash for a PNG.
     */
    static byte[] build(ClaimFacts facts, String bindingLabel, Map<String, Object> hardBinding,
            SigningIdentity signer) {
        String manifest = "urn:c2pa:" + UUID.randomUUID();
        Map<String, byte[]> assertions = new LinkedHashMap<>();
        assertions.put(Labels.ACTIONS, Cbor.encode(actions(facts)));
        assertions.put(ClaimFacts.ASSERTION, Cbor.encode(storyboard(facts)));
        assertions.put(bindingLabel, Cbor.encode(hardBinding));

        List<byte[]> assertionBoxes = new ArrayList<>();
        List<Map<String, Object>> refs = new ArrayList<>();
        assertions.forEach((label, cbor) -> {
            byte[] content = Jumbf.box("cbor", cbor);
            byte[][] contents = {content};
            assertionBoxes.add(Jumbf.superbox(Jumbf.CBOR, label, contents));
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("url", "self#jumbf=" + Labels.ASSERTIONS + "/" + label);
            byte[] hash = BmffHash.sha256().digest(Jumbf.payload(Jumbf.CBOR, label, contents));
            ref.put("hash", hash);
            refs.add(ref);
        });

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("instanceID", "xmp:iid:" + UUID.randomUUID());
        claim.put("claim_generator_info", generator(facts));
        if (facts.title() != null) claim.put("dc:title", facts.title());
        claim.put("signature", "self#jumbf=/" + Labels.STORE + "/" + manifest + "/"
                + Labels.SIGNATURE);
        claim.put("created_assertions", refs);
        claim.put("alg", "sha256");
        byte[] claimCbor = Cbor.encode(claim);
        byte[] cose = Cose.sign(claimCbor, signer.key(), signer.embeddedChain());

        byte[] store = Jumbf.superbox(Jumbf.ASSERTIONS, Labels.ASSERTIONS,
                assertionBoxes.toArray(byte[][]::new));
        byte[] manifestBox = Jumbf.superbox(Jumbf.MANIFEST, manifest, store,
                Jumbf.superbox(Jumbf.CLAIM, Labels.CLAIM, Jumbf.box("cbor", claimCbor)),
                Jumbf.superbox(Jumbf.SIGNATURE, Labels.SIGNATURE, Jumbf.box("cbor", cose)));
        return Jumbf.superbox(Jumbf.STORE, Labels.STORE, manifestBox);
    }

    private static Map<String, Object> generator(ClaimFacts facts) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", "longshot");
        g.put("version", facts.generatorVersion());
        return g;
    }

    private static Map<String, Object> actions(ClaimFacts facts) {
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("action", Labels.CREATED);
        created.put("digitalSourceType", Labels.TRAINED_ALGORITHMIC_MEDIA);
        created.put("softwareAgent", generator(facts));
        created.put("description", "Synthesised by longshot from a text storyboard;"
                + " not camera footage.");
        return Map.of("actions", List.of(created));
    }

    private static Map<String, Object> storyboard(ClaimFacts facts) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("storyboard_sha256", facts.storyboardSha256());
        s.put("seed", facts.seed());
        if (facts.contentId() != null) s.put("content_id", facts.contentId());
        return s;
    }

    private static Map<String, Object> binding(byte[] hash) {
        Map<String, Object> uuid = new LinkedHashMap<>();
        uuid.put("xpath", "/uuid");
        uuid.put("data", List.of(Map.of("offset", 8, "value", TopLevelBox.C2PA_UUID)));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("exclusions", List.of(uuid, Map.of("xpath", "/ftyp"), Map.of("xpath", "/mfra")));
        b.put("alg", "sha256");
        b.put("hash", hash);
        b.put("name", "jumbf manifest");
        return b;
    }
}
