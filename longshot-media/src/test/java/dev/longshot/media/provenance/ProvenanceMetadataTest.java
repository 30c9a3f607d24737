package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvenanceMetadataTest {
    static final Storyboard BOARD = new Storyboard("stories/forest-dawn.txt",
            List.of(new StoryLine(1, 0, 3, "dawn over a forest")), "0f".repeat(32));
    static final DirectorConfig CONFIG = new DirectorConfig(1280, 720, 24, 42, VideoCodec.H264, 2);

    @Test
    void carriesTheAigcImplicitLabelWithContentIdAndUtcCreationTime() {
        Map<String, String> m = ProvenanceMetadata.of("0.1.0", BOARD, CONFIG,
                java.time.Instant.parse("2025-09-01T08:30:15.250Z"));
        String id = ContentId.of("0f".repeat(32), 42).toString();
        assertEquals(id, m.get("content_id"));
        assertEquals("2025-09-01T08:30:15Z", m.get("creation_time"));
        assertEquals("AI生成 · AI-generated", m.get("label"));
        assertEquals("{\"Label\":\"1\",\"ContentProducer\":\"longshot 0.1.0\",\"ProduceID\":\""
                + id + "\",\"ReservedCode1\":\"\",\"ContentPropagator\":\"\","
                + "\"PropagateID\":\"\",\"ReservedCode2\":\"\"}", m.get("AIGC"));
    }

    @Test
    void contentIdDependsOnStoryboardAndSeedOnly() {
        assertEquals(ContentId.of("ab".repeat(32), 1), ContentId.of("AB".repeat(32), 1));
        assertFalse(ContentId.of("ab".repeat(32), 1).equals(ContentId.of("ab".repeat(32), 2)));
        ContentId id = ContentId.of("ab".repeat(32), 1);
        assertEquals(id, ContentId.parse(id.toString()));
        assertEquals(10, id.toString().length());
    }

    @Test
    void namesTheGeneratorTheStoryboardAndTheSettingsInAFixedOrder() {
        Map<String, String> m = ProvenanceMetadata.of("0.1.0", BOARD, CONFIG);
        assertEquals(List.of("title", "comment", "description", "generator", "ai_generated",
                "label", "content_id", "storyboard_sha256", "seed", "settings", "creation_time",
                "AIGC"), List.copyOf(m.keySet()));
        assertEquals("longshot: forest-dawn.txt", m.get("title"));
        String statement = "AI-generated video. Synthesised by longshot 0.1.0 from a text"
                + " storyboard; not camera footage.";
        assertEquals(statement, m.get("comment"));
        assertEquals(statement, m.get("description"));
        assertEquals("longshot 0.1.0", m.get("generator"));
        assertEquals("true", m.get("ai_generated"));
        assertEquals("0f".repeat(32), m.get("storyboard_sha256"));
        assertEquals("42", m.get("seed"));
        assertEquals("1280x720 24fps h264", m.get("settings"));
    }

    @Test
    void neverClaimsACamera() {
        for (VideoCodec codec : VideoCodec.values()) {
            Map<String, String> m = ProvenanceMetadata.of("0.1.0", BOARD, CONFIG.withCodec(codec));
            m.keySet().forEach(k -> assertFalse(CameraClaims.isCameraKey(k), k));
            m.values().forEach(v -> assertFalse(v.matches("(?i).*(canon|nikon|sony|iphone).*"), v));
        }
    }

    @Test
    void renderThreadsDoNotChangeTheMetadata() {
        assertEquals(ProvenanceMetadata.of("0.1.0", BOARD, CONFIG.withRenderThreads(1)),
                ProvenanceMetadata.of("0.1.0", BOARD, CONFIG.withRenderThreads(8)));
    }

    @Test
    void isUnmodifiable() {
        Map<String, String> m = ProvenanceMetadata.of("0.1.0", BOARD, CONFIG);
        assertThrows(UnsupportedOperationException.class, () -> m.put("make", "Canon"));
    }

    @Test
    void blankVersionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ProvenanceMetadata.of(" ", BOARD, CONFIG));
    }

    @Test
    void titleUsesTheFileNameOfAnyPath() {
        assertEquals("a.txt", ProvenanceMetadata.fileName("C:\\boards\\a.txt"));
        assertEquals("a.txt", ProvenanceMetadata.fileName("a.txt"));
        assertEquals("storyboard", ProvenanceMetadata.fileName("dir/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"make", "model", "MODEL", "com.apple.quicktime.make",
            "com.apple.quicktime.model", "com.apple.quicktime.camera.identifier", "camera",
            "camera_make", "Camera Model", "lens_make", "com.android.manufacturer", "©mak",
            "©mod"})
    void cameraKeysAreRecognised(String key) {
        assertTrue(CameraClaims.isCameraKey(key), key);
        assertThrows(IllegalArgumentException.class,
                () -> CameraClaims.requireNone(Map.of(key, "x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "comment", "description", "generator", "ai_generated",
            "storyboard_sha256", "seed", "settings", "text_model", "encoder"})
    void ourKeysAreAllowed(String key) {
        assertFalse(CameraClaims.isCameraKey(key), key);
    }
}
