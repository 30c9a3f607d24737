package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunProvenanceJson;
import dev.longshot.director.Stages;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run's provenance record as the video's metadata carries it. */
class RunProvenanceMetadataTest {
    static final DirectorConfig CONFIG = new DirectorConfig(160, 90, 24, 5, VideoCodec.H264, 1);

    static RunProvenance record(String text, LabelMode label) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Storyboard board = StoryboardParser.parse("dawn.txt", bytes);
        try (Stages stages = Stages.defaults(CONFIG)) {
            return RunProvenances.of(new RunProvenance.Build("0.1.0", "unknown"), board, bytes,
                    CONFIG, ValidationConfig.defaults().withStrictness(0.9), label, stages);
        }
    }

    @Test
    void aShortStoryboardTravelsWholeInTheMetadata() {
        RunProvenance p = record("dawn over a forest\ndeer at the stream\n", LabelMode.CORNER);
        Map<String, String> m = ProvenanceMetadata.of("0.1.0",
                StoryboardParser.parse("dawn.txt", p.storyboard().bytes()), p);
        RunProvenance back = RunProvenanceJson.parse(m.get("longshot_provenance"));
        assertArrayEquals(p.storyboard().bytes(), back.storyboard().bytes());
        assertEquals("corner", back.labelMode());
        assertEquals(0.9, back.validation().strictness());
        assertEquals(p.resources(), back.resources());
    }

    @Test
    void aLongStoryboardLeavesOnlyItsDigestInTheMetadata() {
        String text = "# " + "x".repeat(ProvenanceMetadata.INLINE_STORYBOARD_BYTES) + "\ndawn\n";
        RunProvenance p = record(text, LabelMode.BOTH);
        Map<String, String> m = ProvenanceMetadata.of("0.1.0",
                StoryboardParser.parse("dawn.txt", p.storyboard().bytes()), p);
        String json = m.get("longshot_provenance");
        assertFalse(json.contains("xxxx"), "no storyboard text");
        assertTrue(json.length() < 8192, "compact: " + json.length() + " chars");
        RunProvenance back = RunProvenanceJson.parse(json);
        assertNull(back.storyboard().bytes());
        assertEquals(p.storyboard().sha256(), back.storyboard().sha256());
    }

    @Test
    void recordsTheLabelMaskAndTheEncoderSettings() {
        RunProvenance p = record("dawn\n", LabelMode.SLATE);
        assertTrue(p.resource("label-mask").isPresent());
        List<String> roles = p.components().stream().map(RunProvenance.Component::role)
                .toList();
        assertEquals("encoder", roles.get(roles.size() - 1));
        Map<String, String> encoder = p.components().get(roles.size() - 1).settings();
        assertEquals("libx264", encoder.get("encoder"));
        assertEquals("20", encoder.get("crf"));
        assertEquals("slate", p.components().get(roles.indexOf("marking")).settings()
                .get("visibleLabel"));
    }
}
