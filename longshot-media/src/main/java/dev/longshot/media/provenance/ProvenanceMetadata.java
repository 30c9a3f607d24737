package dev.longshot.media.provenance;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunProvenanceJson;
import dev.longshot.story.Storyboard;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The container metadata every longshot video carries: it names the generator, says the file is
 * AI-generated, and records what is needed to regenerate it (storyboard digest, seed, settings).
 *
 * <p>The render thread count is left out on purpose: it never changes the pixels, so it must not
 * change the file either.
 */
public final class ProvenanceMetadata {
    /** Key whose value is {@code "true"} in every longshot file. */
    public static final String AI_GENERATED = "ai_generated";
    public static final String GENERATOR = "generator";
    public static final String STORYBOARD_SHA256 = "storyboard_sha256";
    public static final String SEED = "seed";
    public static final String SETTINGS = "settings";
    public static final String CONTENT_ID = "content_id";
    /** ISO-8601 UTC; FFmpeg also writes it into the MP4's movie header. */
    public static final String CREATION_TIME = "creation_time";
    /** The visible label's words, also in the metadata. */
    public static final String LABEL = "label";
    /** China's implicit-label record (GB 45438-2025), a JSON object. */
    public static final String AIGC = "AIGC";
    public static final String LABEL_TEXT = "AI生成 · AI-generated";
    /**
     * The run's {@link RunProvenance} as one line of JSON ({@code longshot replay} reads it).
     * The storyboard's text is inside only up to {@link #INLINE_STORYBOARD_BYTES}; longer ones
     * are in the generation log beside the video, the record keeping their digest.
     */
    public static final String LONGSHOT_PROVENANCE = "longshot_provenance";
    /** 4 KiB: a few minutes of storyboard; keeps the movie header small for players. */
    public static final int INLINE_STORYBOARD_BYTES = 4096;

    private ProvenanceMetadata() {}

    /**
     * Builds the metadata, in a fixed order.
     *
     * @param generatorVersion longshot's version, e.g. {@code 0.1.0}
     * @param storyboard       the storyboard the video was made from
     * @param config           the settings it was made with
     * @return an unmodifiable map: title, comment, description, generator, ai_generated,
     *         label, content_id, storyboard_sha256, seed, settings, creation_time, AIGC
     */
    public static Map<String, String> of(
            String generatorVersion, Storyboard storyboard, DirectorConfig config) {
        return of(generatorVersion, storyboard, config, Instant.now());
    }

    /**
     * As {@link #of(String, Storyboard, DirectorConfig)}, with the run's provenance record
     * under {@link #LONGSHOT_PROVENANCE} (last, after the AIGC record).
     */
    public static Map<String, String> of(String generatorVersion, Storyboard storyboard,
            RunProvenance provenance) {
        Map<String, String> m = new LinkedHashMap<>(
                of(generatorVersion, storyboard, provenance.config()));
        m.put(LONGSHOT_PROVENANCE, RunProvenanceJson.toJson(embedded(provenance)));
        CameraClaims.requireNone(m);
        return Collections.unmodifiableMap(m);
    }

    /** The record as the video carries it: without a storyboard too long for the header. */
    static RunProvenance embedded(RunProvenance p) {
        byte[] bytes = p.storyboard().bytes();
        return bytes != null && bytes.length <= INLINE_STORYBOARD_BYTES ? p : p.compact();
    }

    /** As {@link #of(String, Storyboard, DirectorConfig)}, created at {@code created}. */
    public static Map<String, String> of(String generatorVersion, Storyboard storyboard,
            DirectorConfig config, Instant created) {
        if (generatorVersion == null || generatorVersion.isBlank()) {
            throw new IllegalArgumentException("generator version missing");
        }
        String generator = "longshot " + generatorVersion.strip();
        String statement = "AI-generated video. Synthesised by " + generator
                + " from a text storyboard; not camera footage.";

        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", "longshot: " + fileName(storyboard.source()));
        m.put("comment", statement);
        m.put("description", statement);
        m.put(GENERATOR, generator);
        m.put(AI_GENERATED, "true");
        m.put(LABEL, LABEL_TEXT);
        String id = ContentId.of(storyboard.sha256(), config.seed()).toString();
        m.put(CONTENT_ID, id);
        m.put(STORYBOARD_SHA256, storyboard.sha256());
        m.put(SEED, Long.toString(config.seed()));
        m.put(SETTINGS, config.width() + "x" + config.height() + " " + config.fps() + "fps "
                + config.codec().id());
        m.put(CREATION_TIME, created.truncatedTo(ChronoUnit.SECONDS).toString());
        m.put(AIGC, aigc(generator, id));
        CameraClaims.requireNone(m);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The implicit label of GB 45438-2025 as the JSON object platforms read: {@code Label} "1"
     * (the standard's code for AI-generated), the producer and its production ID. The standard
     * wants a registered 27-character service-provider code as {@code ContentProducer}; longshot
     * has none, so it names itself. Propagator fields are left for platforms to fill.
     */
    static String aigc(String generator, String contentId) {
        generator = generator.replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"Label\":\"1\",\"ContentProducer\":\"" + generator
                + "\",\"ProduceID\":\"" + contentId + "\",\"ReservedCode1\":\"\","
                + "\"ContentPropagator\":\"\",\"PropagateID\":\"\",\"ReservedCode2\":\"\"}";
    }

    /** Last element of a path written with either separator; the whole string otherwise. */
    static String fileName(String source) {
        String s = source == null ? "" : source.strip();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = s.substring(cut + 1);
        return name.isEmpty() ? "storyboard" : name;
    }
}
