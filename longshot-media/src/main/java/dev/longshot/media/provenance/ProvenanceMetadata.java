package dev.longshot.media.provenance;

import dev.longshot.director.DirectorConfig;
import dev.longshot.story.Storyboard;
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

    private ProvenanceMetadata() {}

    /**
     * Builds the metadata, in a fixed order.
     *
     * @param generatorVersion longshot's version, e.g. {@code 0.1.0}
     * @param storyboard       the storyboard the video was made from
     * @param config           the settings it was made with
     * @return an unmodifiable map: title, comment, description, generator, ai_generated,
     *         storyboard_sha256, seed, settings
     */
    public static Map<String, String> of(
            String generatorVersion, Storyboard storyboard, DirectorConfig config) {
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
        m.put(STORYBOARD_SHA256, storyboard.sha256());
        m.put(SEED, Long.toString(config.seed()));
        m.put(SETTINGS, config.width() + "x" + config.height() + " " + config.fps() + "fps "
                + config.codec().id());
        CameraClaims.requireNone(m);
        return Collections.unmodifiableMap(m);
    }

    /** Last element of a path written with either separator; the whole string otherwise. */
    static String fileName(String source) {
        String s = source == null ? "" : source.strip();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = s.substring(cut + 1);
        return name.isEmpty() ? "storyboard" : name;
    }
}
