package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.RunProvenance.Build;
import dev.longshot.director.RunProvenance.Component;
import dev.longshot.director.RunProvenance.Resource;
import dev.longshot.director.RunProvenance.StoryboardSource;
import dev.longshot.render.PassKind;
import dev.longshot.render.RenderExtras;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunProvenanceJsonTest {
    static final byte[] TEXT = "晨光中的森林\n[2s] dusk over the valley\n"
            .getBytes(StandardCharsets.UTF_8);

    static RunProvenance record(byte[] storyboard) {
        DirectorConfig config = new DirectorConfig(3840, 1920, 30, -7L, VideoCodec.H265, 3,
                FrameProjection.EQUIRECT);
        ValidationConfig validation = new ValidationConfig(0.35, 4, 12, 2, 123_456_789L);
        return new RunProvenance(new Build("0.2.0", "abc123"), config, validation, "corner",
                List.of(new Component("memory", "dev.longshot.memory.StMfaMemory", "0.2.0",
                        Map.of()), new Component("encoder", "x", "FFmpeg 8", Map.of("crf", "24"))),
                List.of(new Resource("lexicon", "dev/longshot/plan/lexicon.tsv", "ab".repeat(32))),
                new StoryboardSource("boards/dawn.txt", "cd".repeat(32), storyboard));
    }

    @Test
    void everyFieldButRenderThreadsSurvivesTheRoundTrip() {
        RunProvenance p = record(TEXT);
        RunProvenance back = RunProvenanceJson.parse(RunProvenanceJson.toJson(p));
        DirectorConfig expected = p.config()
                .withRenderThreads(Runtime.getRuntime().availableProcessors());
        assertEquals(expected, back.config());
        assertEquals(p.validation(), back.validation());
        assertEquals(p.build(), back.build());
        assertEquals(p.labelMode(), back.labelMode());
        assertEquals(p.components(), back.components());
        assertEquals(p.resources(), back.resources());
        assertEquals(p.storyboard(), back.storyboard());
    }

    @Test
    void previsExtrasSurviveTheRoundTripAndRecordsWithoutThemReadAsNone() {
        RunProvenance p = record(TEXT);
        RenderExtras extras = new RenderExtras(true, java.util.EnumSet.of(PassKind.MOTION,
                PassKind.DEPTH));
        DirectorConfig config = new DirectorConfig(1280, 720, 24, 3, VideoCodec.H264, 2,
                FrameProjection.PERSPECTIVE, extras);
        RunProvenance marked = new RunProvenance(p.build(), config, p.validation(),
                p.labelMode(), p.components(), p.resources(), p.storyboard());
        String json = RunProvenanceJson.toJson(marked);
        assertTrue(json.contains("\"vfxMarkers\":true"), json);
        assertTrue(json.contains("\"passes\":\"depth,motion\""), json);
        assertEquals(extras, RunProvenanceJson.parse(json).config().extras());
        assertFalse(RunProvenanceJson.toJson(p).contains("vfxMarkers"));
        assertEquals(RenderExtras.NONE, RunProvenanceJson.parse(RunProvenanceJson.toJson(p))
                .config().extras());
    }

    @Test
    void renderThreadsNeverReachTheJson() {
        RunProvenance p = record(TEXT);
        String json = RunProvenanceJson.toJson(p);
        assertFalse(json.contains("renderThreads"), json);
        RunProvenance other = new RunProvenance(p.build(), p.config().withRenderThreads(9),
                p.validation(), p.labelMode(), p.components(), p.resources(), p.storyboard());
        assertEquals(json, RunProvenanceJson.toJson(other));
    }

    @Test
    void storyboardTextIsReadableInTheJson() {
        String json = RunProvenanceJson.toJson(record(TEXT));
        assertTrue(json.contains("\"text\":\"晨光中的森林\\n[2s] dusk over the valley\\n\""), json);
    }

    @Test
    void bytesThatAreNotUtf8TravelAsBase64Exactly() {
        byte[] gbk = "晨光中的森林".getBytes(java.nio.charset.Charset.forName("GBK"));
        RunProvenance back = RunProvenanceJson.parse(RunProvenanceJson.toJson(record(gbk)));
        assertArrayEquals(gbk, back.storyboard().bytes());
        assertTrue(RunProvenanceJson.toJson(record(gbk)).contains("\"base64\""));
    }

    @Test
    void compactFormKeepsTheDigestButNotTheText() {
        RunProvenance compact = record(TEXT).compact();
        String json = RunProvenanceJson.toJson(compact);
        assertFalse(json.contains("晨光"), json);
        RunProvenance back = RunProvenanceJson.parse(json);
        assertNull(back.storyboard().bytes());
        assertEquals("cd".repeat(32), back.storyboard().sha256());
    }

    @Test
    void aMissingFieldIsNamed() {
        String json = RunProvenanceJson.toJson(record(TEXT)).replace("\"strictness\"", "\"x\"");
        var e = assertThrows(IllegalArgumentException.class, () -> RunProvenanceJson.parse(json));
        assertTrue(e.getMessage().contains("'strictness' missing"), e.getMessage());
    }

    @Test
    void anOutOfRangeValueIsRefusedByTheConfigItself() {
        String json = RunProvenanceJson.toJson(record(TEXT))
                .replace("\"strictness\":0.35", "\"strictness\":3.5");
        var e = assertThrows(IllegalArgumentException.class, () -> RunProvenanceJson.parse(json));
        assertTrue(e.getMessage().startsWith("provenance: strictness"), e.getMessage());
    }

    @Test
    void anUnknownFormatOrBrokenJsonIsRefused() {
        String json = RunProvenanceJson.toJson(record(TEXT));
        var format = assertThrows(IllegalArgumentException.class, () -> RunProvenanceJson
                .parse(json.replace(RunProvenance.FORMAT, "longshot-provenance/9")));
        assertTrue(format.getMessage().contains("longshot-provenance/9"), format.getMessage());
        var cut = assertThrows(IllegalArgumentException.class,
                () -> RunProvenanceJson.parse(json.substring(0, json.length() / 2)));
        assertTrue(cut.getMessage().contains("not valid JSON"), cut.getMessage());
    }
}
