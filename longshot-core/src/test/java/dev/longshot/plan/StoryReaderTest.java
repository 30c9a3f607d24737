package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
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

    private static SubjectRef subject(LineReading r, String id) {
        return r.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void possessiveIsNotAPlural() {
        assertNotEquals("group", subject(READER.reading("Close-up on the driver's face."),
                "person").count());
    }

    @Test
    void driverRidesAndNeedsNoHorse() {
        LineReading r = READER.reading("Crash zoom on the driver's face.");
        assertEquals("ride", subject(r, "person").action());
        assertNull(subject(r, "horse"), r.subjects().toString());
    }

    @Test
    void riderAloneIsOnAHorse() {
        LineReading r = READER.reading("A young squire rides out through the gate at dawn.");
        assertEquals("ride", subject(r, "horse").action());
        assertEquals("ride", subject(r, "person").action());
    }

    @Test
    void namedMountRidesToo() {
        assertEquals("ride", subject(READER.reading("牧民骑着马回家"), "horse").action());
    }

    @Test
    void riderOnAnotherCreatureSummonsNoHorse() {
        assertNull(subject(READER.reading("一个小女孩骑在爸爸肩上。"), "horse"));
    }

    @Test
    void noCloudInTheSkyIsClear() {
        assertEquals("clear", READER.reading("Not a cloud in the sky.").weather());
    }

    @Test
    void blueSkyInChineseIsClear() {
        assertEquals("clear", READER.reading("蓝天白云下,一群野马在吃草。").weather());
    }

    @Test
    void lightThatFallsIsNoWaterfall() {
        LineReading r = READER.reading("Morning light falls across the Forum.");
        assertTrue(r.things().stream().noneMatch(t -> t.id().equals("waterfall")),
                r.things().toString());
        assertTrue(READER.reading("We hike to the falls.").things().stream()
                .anyMatch(t -> t.id().equals("waterfall")));
    }

    @Test
    void lowAngleInChineseIsAnAngleNotATilt() {
        LineReading r = READER.reading("仰拍:猴王站在山顶");
        assertEquals("low", r.camera().angle());
        assertEquals("static", r.camera().move());
    }

    @Test
    void splitChineseActionIsReadWhole() {
        assertEquals("play", subject(READER.reading("一群猴子在树上跳来跳去。"), "monkey")
                .action());
    }

    @Test
    void chineseActionIsFoundPastAdverbs() {
        assertEquals("watch", subject(READER.reading("外滩上人山人海,大家都在拍照。"), "crowd")
                .action());
    }

    @Test
    void youngOfAHerdReferBack() {
        LineReading r = READER.reading("The matriarch leads, her calf close behind.");
        assertTrue(r.subjects().isEmpty(), r.subjects().toString());
    }

    @Test
    void verbWithAnSIsNoCreature() {
        assertNull(subject(READER.reading("The truck rams the crates."), "sheep"));
        assertNull(subject(READER.reading("Today's lesson: how does a volcano erupt?"),
                "deer"));
        assertNull(subject(READER.reading("A zebra shakes off a cloud of flies."), "zebra")
                .action(), "flies after 'of' are insects, not the zebra flying");
    }

    @Test
    void interjectionGivesNoOneAnAction() {
        assertNull(READER.reading("Wait, it's on an island!").pronounAction());
    }

    @Test
    void sunComingOutOfCloudsIsClearNotDawn() {
        LineReading r = READER.reading("The rain stops, 太阳出来了。");
        assertEquals("clear", r.weather());
        assertNull(r.timeOfDay());
        assertEquals("dawn", READER.reading("The sun rises.").timeOfDay());
    }

    @Test
    void moonRisingBringsTheNight() {
        LineReading r = READER.reading("一轮圆月升起,照亮了东海。");
        assertTrue(r.skyAdded().contains("moon"));
        assertEquals("night", r.timeOfDay());
        assertEquals("static", r.camera().move());
    }

    @Test
    void meltingSnowCoverClearsTheSnow() {
        assertEquals("clear", READER.reading("春天来了,积雪慢慢融化。").weather());
        assertEquals("clear", READER.reading("太阳一出来,雪就化了。").weather());
    }

    @Test
    void materialOfAThingIsNoThing() {
        LineReading r = READER.reading("Once upon a time stood a castle of grey stone.");
        assertTrue(r.things().stream().noneMatch(t -> t.id().equals("rock")),
                r.things().toString());
        assertTrue(r.things().stream().anyMatch(t -> t.id().equals("castle")));
    }

    @Test
    void vehicleThatSinksIsGone() {
        LineReading r = READER.reading("The truck skids off into the sea.");
        assertTrue(r.thingsGone().contains("truck"), r.thingsGone().toString());
    }
}
