package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import dev.longshot.catalog.WordSplitter;
import dev.longshot.plan.NotShownWord;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.StoryReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that name a part of what the plan draws (the sky, the water of a water setting, the
 * trunks of a forest) are shown; words that only modify a change or a shown noun are spent
 * with it; what is truly not drawn stays reported with its reason. Lines from
 * {@code docs/long-run/hour.txt} and {@code examples/wildlife.txt}.
 */
class ScenePartsAreShownTest {
    private static List<String> notShown(PlanKeys k) {
        return k.notShown().stream().map(NotShownWord::said).toList();
    }

    private static String why(PlanKeys k, String said) {
        return k.notShown().stream().filter(n -> n.said().equals(said)).findFirst()
                .map(NotShownWord::why).orElseThrow(() -> new AssertionError(said
                        + " not reported: " + k.notShown()));
    }

    @Test
    void theSkyIsAlwaysShown() {
        assertFalse(notShown(last("镜头缓缓推进,小鹿抬头望向天空")).contains("天空"));
        assertFalse(notShown(last("A wide river under a clear morning sky, reeds along the bank."))
                .contains("sky"));
        assertFalse(notShown(last("A sandstorm builds up on the horizon.")).contains("horizon"));
    }

    @Test
    void theWaterOfAWaterSettingIsShown() {
        PlanKeys k = last("A wide river under a clear morning sky.", "开始下雨,河面泛起涟漪");
        assertEquals(List.of(), notShown(k));
        assertEquals(List.of(), notShown(last("一条宽阔的大河", "白鹭站在浅滩上,镜头慢慢拉远")));
        assertFalse(notShown(last("Wide shot: the stream winds through the valley.",
                "Tracking shot: the deer walk along the bank.")).contains(
                "bank"));
    }

    @Test
    void waterWordsInADryPlaceAreReportedWithTheReason() {
        PlanKeys k = last("The caravan crosses the desert.", "Sunlight on the water.");
        assertEquals("desert", k.setting());
        assertEquals("no water in this place", why(k, "water"));
    }

    @Test
    void partsOfTheForestsTreesAreShown() {
        assertFalse(notShown(last("Dawn in a pine forest, mist between the trunks.")).contains(
                "trunks"));
        assertFalse(notShown(last("A pine forest.", "An eagle glides over the treetops."))
                .contains("treetops"));
        assertFalse(notShown(last("一群鸟从树梢飞起,镜头环绕松树")).contains("树梢"));
    }

    @Test
    void windIsShownOnlyAsAStormOrDust() {
        assertEquals("wind is drawn only as a storm or blowing dust",
                why(last("Clouds gather over the hills; the wind picks up."), "wind"));
        assertFalse(notShown(last("沙漠", "沙尘暴来了,狂风大作")).contains("狂风"));
    }

    @Test
    void aspectWordsAndAdverbsAreSpentWithTheirChange() {
        assertEquals(List.of(), notShown(last("狮子突然冲出,斑马群四散奔逃")));
        assertEquals(List.of(), notShown(last("The mist slowly lifts and the valley opens up.")));
        assertEquals(List.of(), notShown(last("马群察觉到危险,开始奔跑")).stream()
                .filter(w -> w.equals("开始")).toList());
    }

    @Test
    void anAdjectiveOfAShownNounIsSpentAndAColourIsReported() {
        PlanKeys k = last("Wide shot of the savanna at noon, acacia trees and tall golden grass.");
        assertFalse(notShown(k).contains("tall"));
        assertEquals("a colour: the world chooses its own palette", why(k, "golden"));
    }

    @Test
    void partsOfACreatureOnScreenAreShown() {
        assertFalse(notShown(last("风吹过草地,野马的鬃毛飘动")).contains("鬃毛"));
        assertEquals("no creature on screen", why(last("A quiet forest.", "Close-up of eyes."),
                "eyes"));
    }

    @Test
    void aStormThatSubsidesClears() {
        assertEquals("clear", last("暴风雨来了", "暴风雨渐渐平息").weather());
    }

    @Test
    void theCameraThatOrbitsIsAnOrbit() {
        assertEquals("orbit", last("The camera orbits the sheep in the snow").camera().move());
    }

    @Test
    void noWordOfTheseLinesIsDroppedSilently() {
        WordSplitter splitter = new WordSplitter(Catalog.bundled());
        for (String line : List.of("开始下雨,河面泛起涟漪",
                "The mist slowly lifts and the valley opens up.", "风吹过草地,野马的鬃毛飘动",
                "Wide shot of the savanna at noon, acacia trees and tall golden grass.")) {
            List<String> words = splitter.contentWords(line).stream().map(Word::text).toList();
            assertTrue(StoryReader.bundled().reading(line).unaccounted(words).isEmpty(), line);
        }
    }
}
