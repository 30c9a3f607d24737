package dev.longshot.media.provenance;

import dev.longshot.media.provenance.c2pa.ClaimFacts;
import java.util.Map;

/**
 * The check {@link LabelledVideoWriter} makes before it writes anything: the metadata must
 * say what {@link ProvenanceMetadata} says — AI-generated, by longshot, with the label's words,
 * a content ID and the matching {@code AIGC} record — and must not name a camera. Extra keys
 * (a provenance record, say) are welcome.
 */
final class HonestMetadata {
    private HonestMetadata() {}

    /**
     * Checks {@code m} and returns its content ID, the one the watermark will carry.
     *
     * @throws IllegalArgumentException naming the first missing or wrong key, or a camera key
     */
    static ContentId require(Map<String, String> m) {
        CameraClaims.requireNone(m);
        expect(m, ProvenanceMetadata.AI_GENERATED, "true");
        expect(m, ProvenanceMetadata.LABEL, ProvenanceMetadata.LABEL_TEXT);
        String generator = present(m, ProvenanceMetadata.GENERATOR);
        if (!generator.startsWith("longshot ")) {
            throw new IllegalArgumentException("metadata '" + ProvenanceMetadata.GENERATOR
                    + "' must name longshot, not '" + generator + "'");
        }
        if (!present(m, "comment").contains("AI-generated")) {
            throw new IllegalArgumentException("metadata 'comment' must say AI-generated");
        }
        ContentId id = ContentId.parse(present(m, ProvenanceMetadata.CONTENT_ID));
        expect(m, ProvenanceMetadata.AIGC, ProvenanceMetadata.aigc(generator, id.toString()));
        return id;
    }

    private static String present(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("metadata '" + key + "' missing: every longshot"
                    + " video says it is AI-generated (use ProvenanceMetadata.of)");
        }
        return v;
    }

    private static void expect(Map<String, String> m, String key, String want) {
        if (!want.equals(present(m, key))) {
            throw new IllegalArgumentException("metadata '" + key + "' must be '" + want
                    + "', not '" + m.get(key) + "'");
        }
    }

    /** What a C2PA manifest states, from metadata {@link #require} has checked. */
    static ClaimFacts claimFacts(Map<String, String> metadata) {
        String generator = metadata.get(ProvenanceMetadata.GENERATOR);
        String version = generator.startsWith("longshot ")
                ? generator.substring("longshot ".length()) : generator;
        String seed = metadata.getOrDefault(ProvenanceMetadata.SEED, "0");
        return new ClaimFacts(version, metadata.get("title"),
                metadata.get(ProvenanceMetadata.STORYBOARD_SHA256), Long.parseLong(seed),
                metadata.get(ProvenanceMetadata.CONTENT_ID));
    }
}
