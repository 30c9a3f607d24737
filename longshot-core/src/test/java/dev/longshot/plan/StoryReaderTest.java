package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import dev.longshot.catalog.WordSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reading one line into catalog ids: what each kind of wording becomes. */
class StoryReaderTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void everyContentWordOfTheDevelopmentSetEndsInOnePlace() throws Exception {
        Path dev = Path.of(StoryReaderTest.class.getResource("/dev/longshot/eval/v2/dev")
                .toURI());
        WordSplitter splitter = new WordSplitter(Catalog.bundled());
        List<String> dropped = new ArrayList<>();
        try (Stream<Path> files = Files.list(dev)) {
            for (Path f : files.sorted().toList()) {
                JsonNode root = new ObjectMapper().readTree(f.toFile());
                for (JsonNode line : root.path("lines")) {
                    String text = line.path("text").asText();
                    List<String> words = splitter.contentWords(text).stream().map(Word::text)
                            .toList();
                    for (String w : READER.reading(text).unaccounted(words)) {
                        dropped.add(f.getFileName() + ": '" + w + "' in " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), dropped);
    }

    @Test
    void unknownWordIsReportedNotDropped() {
        LineReading r = READER.reading("A deer hears the zorblax.");
        assertEquals("deer", r.subjects().get(0).id());
        assertTrue(r.notShown().stream().anyMatch(n -> n.said().equals("zorblax")),
                r.notShown().toString());
    }

    @Test
    void chineseNounNearAnEntryIsApproximated() {
        LineReading r = READER.reading("一艘游船缓缓驶过");
        assertTrue(r.approximated().stream().anyMatch(a -> a.shownAs().equals("boat")
                && a.similarity() >= NearestEntry.THRESHOLD), r.approximated().toString());
    }

    @Test
    void negatedCreatureIsNotShown() {
        LineReading r = READER.reading("No elephants, just stairs.");
        assertTrue(r.subjects().isEmpty(), r.subjects().toString());
    }

    @Test
    void crashZoomOnTheFaceHasNoShotSize() {
        LineReading r = READER.reading("Crash zoom on the driver's face.");
        assertEquals("crash-zoom", r.camera().move());
        assertNull(r.camera().shot());
    }

    @Test
    void droneShotIsAerialFromADrone() {
        LineReading r = READER.reading("Drone shot: the river winds through the valley.");
        assertEquals("aerial", r.camera().move());
        assertEquals("drone", r.camera().support());
    }

    @Test
    void lensInMillimetresEitherLanguage() {
        assertEquals(85, READER.reading("Close-up, 85mm, on the horse.").camera().lensMm());
        assertEquals(400, READER.reading("长焦镜头,400毫米,追着马群").camera().lensMm());
    }

    @Test
    void gibberishIsNotUnderstood() {
        assertFalse(READER.reading("asdf qwer zxcv").understood());
        assertTrue(READER.reading("森林").understood());
    }
}
