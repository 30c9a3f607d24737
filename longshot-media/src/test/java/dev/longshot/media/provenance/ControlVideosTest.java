package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.provenance.watermark.Detection;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlVideosTest {
    static final Storyboard BOARD = StoryboardParser.parse("control.txt",
            "[2s] deer graze in a forest meadow at dawn\n".getBytes(StandardCharsets.UTF_8));

    @TempDir Path dir;

    @Test
    void controlsAreExaminedAndDeletedAndOnlyDetectionsComeBack() throws IOException {
        List<Detection> found = ControlVideos.detectInControls(dir, BOARD, 3, 2);
        assertEquals(2, found.size());
        for (Detection d : found) {
            assertFalse(d.found(), "an unmarked control reads as unmarked: " + d);
            assertTrue(d.framesExamined() > 0, d.toString());
        }
        assertEquals(0, LabelledVideoWriterTest.count(dir), "no control video left behind");
    }

    @Test
    void oneRenderIsCutIntoWholeExcerptsEachExaminedThenDeleted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Detection> found = ControlVideos.detectInExcerpts(dir, BOARD, 5, 1, pool);
            assertEquals(2, found.size(), "a 2-s render gives two 1-s excerpts");
            for (Detection d : found) {
                assertFalse(d.found(), "an unmarked excerpt reads as unmarked: " + d);
                assertEquals(24, d.framesExamined(), d.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, LabelledVideoWriterTest.count(dir), "no control video left behind");
    }

    @Test
    void aControlCarriesNeitherLongshotMetadataNorACamera() throws IOException {
        Path video = dir.resolve("control.mp4");
        ControlVideos.render(video, BOARD, 1);
        Map<String, String> meta;
        try (VideoReader r = VideoReader.open(video)) {
            meta = r.info().metadata();
            assertEquals(48, r.info().frameCount());
        }
        for (String key : List.of(ProvenanceMetadata.AI_GENERATED, ProvenanceMetadata.GENERATOR,
                ProvenanceMetadata.CONTENT_ID, ProvenanceMetadata.LABEL, ProvenanceMetadata.AIGC,
                "comment", "title")) {
            assertFalse(meta.containsKey(key), key + " in " + meta);
        }
        for (String key : meta.keySet()) {
            assertFalse(CameraClaims.isCameraKey(key), key + " in " + meta);
        }
        assertFalse(meta.values().stream().anyMatch(v -> v.contains("longshot")), meta::toString);
    }
}
