package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.SubjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failure classes of issue 10, read and carried over: one behaviour per test. */
class PlanKeysBehaviourTest {
    private static List<PlanKeys> plan(String... lines) {
        return PlannedKeys.plan(lines);
    }

    private static List<String> ids(PlanKeys k) {
        return k.subjects().stream().map(SubjectRef::id).toList();
    }

    @Test
    void seaOfPeopleIsACrowdNotTheSea() {
        PlanKeys k = plan("正午,城市里阳光明媚", "正午,太阳高照,街上人山人海").get(1);
        assertEquals("city", k.setting());
        assertEquals("none", k.water());
        assertEquals("noon", k.timeOfDay());
        assertEquals(List.of("crowd"), ids(k));
        assertEquals("many", k.subjects().get(0).count());
    }

    @Test
    void moonRisesAddsMoonAndKeepsCamera() {
        PlanKeys k = plan("夜晚的海边", "月亮升起,照在平静的海面上").get(1);
        assertTrue(k.sky().contains("moon"), k.sky().toString());
        assertEquals("static", k.camera().move());
        assertEquals("night", k.timeOfDay());
    }

    @Test
    void sunRisingAfterNightIsDawn() {
        List<PlanKeys> k = plan("Night in the desert, stars overhead.", "The sun rises.");
        assertEquals("night", k.get(0).timeOfDay());
        assertEquals("dawn", k.get(1).timeOfDay());
        assertFalse(k.get(1).sky().contains("stars"), "daylight takes the stars away");
    }

    @Test
    void nightFallsOnItsOwnLine() {
        List<PlanKeys> k = plan("Dusk over the valley.", "Night falls.");
        assertEquals("night", k.get(1).timeOfDay());
        List<PlanKeys> zh = plan("黄昏的村庄", "夜幕降临");
        assertEquals("night", zh.get(1).timeOfDay());
    }

    @Test
    void fogLiftingClearsTheWeather() {
        assertEquals("clear", plan("雾中的森林", "雾气渐渐散去").get(1).weather());
        assertEquals("clear", plan("A misty lake.", "The fog lifts.").get(1).weather());
    }

    @Test
    void rainStoppingClearsTheWeatherAndARainbowAppears() {
        PlanKeys k = plan("大雨中的山谷", "雨停了,一道彩虹挂在天边").get(1);
        assertEquals("clear", k.weather());
        assertTrue(k.sky().contains("rainbow"));
        assertEquals("clear", plan("Rain on the city.", "The rain stops.").get(1).weather());
    }

    @Test
    void snowMeltingClearsTheSnow() {
        assertEquals("clear", plan("Snow falls on the village.", "The snow melts.").get(1)
                .weather());
    }

    @Test
    void herdThatLeavesIsListedOnItsLineAndGoneAfter() {
        List<PlanKeys> k = plan("A herd of zebras grazes on the savanna.", "The herd leaves.",
                "Only the grass moves.");
        assertEquals("graze", k.get(0).subjects().get(0).action());
        assertEquals("group", k.get(0).subjects().get(0).count());
        assertEquals("leave", k.get(1).subjects().get(0).action());
        assertTrue(k.get(2).subjects().isEmpty(), k.get(2).subjects().toString());
    }

    @Test
    void harbourImpliesSeaAndBoats() {
        PlanKeys k = plan("清晨的港口").get(0);
        assertEquals("harbour", k.setting());
        assertEquals("sea", k.water());
        assertTrue(k.things().stream().anyMatch(t -> t.id().equals("boat")));
        assertEquals("sea", plan("Morning at the harbour.").get(0).water());
    }

    @Test
    void teahousesAndLanternsInChineseTextAreChineseClassical() {
        assertEquals("chinese-classical", plan("小镇的茶馆门口挂着灯笼").get(0).style());
    }

    @Test
    void waterholeIsAPond() {
        assertEquals("pond", plan("Elephants drink at the waterhole on the savanna.").get(0)
                .water());
    }

    @Test
    void gradualTransitionIsAMorph() {
        List<PlanKeys> k = plan("森林里的小路", "逐步过渡到火山口");
        assertEquals("volcano", k.get(1).setting());
        assertEquals("morph", k.get(1).transition());
    }

    @Test
    void aPlaceThatTurnsIntoAnotherIsTheOtherPlace() {
        List<PlanKeys> k = plan("Deer graze at the edge of the forest.",
                "The forest gives way to open grassland.", "森林渐渐变成了草原。");
        assertEquals("grassland", k.get(1).setting());
        assertEquals("morph", k.get(1).transition());
        assertEquals("grassland", k.get(2).setting());
    }

    @Test
    void cameraAppliesOnlyToItsLine() {
        List<PlanKeys> k = plan("Wide shot: a herd of elephants plods across the savanna.",
                "They drink.");
        assertEquals("wide", k.get(0).camera().shot());
        assertEquals("elephant", k.get(0).camera().target());
        assertEquals(null, k.get(1).camera().shot());
        assertEquals("drink", k.get(1).subjects().get(0).action(), "they = the elephants");
    }

    @Test
    void aForestsTreesAreTheForestNotAThing() {
        List<PlanKeys> k = plan("A knight rides into the dark forest.",
                "The trees grow so thick that it feels like night.",
                "A river winds through the heather.");
        assertTrue(k.get(1).things().stream().noneMatch(t -> t.id().equals("tree")),
                k.get(1).things().toString());
        assertTrue(k.get(2).things().stream().anyMatch(t -> t.id().equals("tall-grass")),
                "heather is tall grass");
    }

    @Test
    void anAgeWithNoPlaceNamedPicturesItsCity() {
        assertEquals("ancient-city", plan("The Roman legion marches past the aqueduct.").get(0)
                .setting());
        assertEquals("forest", plan("The Roman legion marches through the forest.").get(0)
                .setting());
    }

    @Test
    void sunlightBreakingThroughTheMistClearsIt() {
        List<PlanKeys> k = plan("A thick fog fills the valley.", "Sunlight breaks through the mist.",
                "大雾弥漫。", "阳光驱散了晨雾。", "大雾弥漫。", "A fishing boat cuts through the fog.");
        assertEquals("clear", k.get(1).weather());
        assertEquals("clear", k.get(3).weather());
        assertEquals("fog", k.get(5).weather(), "a boat ends no fog");
    }

    @Test
    void rainInAThunderstormIsTheStorm() {
        List<PlanKeys> k = plan("Thunder rolls over the hills.", "Heavy rain lashes down.",
                "The storm passes.", "A light rain falls.");
        assertEquals("storm", k.get(1).weather());
        assertEquals("rain", k.get(3).weather(), "after the storm, rain is rain");
    }

    @Test
    void cameraOnAPronounFramesWhomItRefersTo() {
        List<PlanKeys> k = plan("A golden eagle circles over the lake.",
                "Slow motion: it rises again.");
        assertEquals(0.5, k.get(1).camera().speed());
        assertEquals("eagle", k.get(1).camera().target());
    }

    @Test
    void aTrackingShotFollowsWhoMovesNotWhatTheyPass() {
        List<PlanKeys> k = plan("A woman gets out of a taxi and runs across the road.",
                "Tracking shot: she hurries past the shops.",
                "Dolly in on the shops.");
        assertEquals("person", k.get(1).camera().target());
        assertEquals("shopfront", k.get(2).camera().target(), "a still subject stays a thing");
    }

    @Test
    void handheldFollowingIsATrackingShot() {
        List<PlanKeys> k = plan("A grandma pushes her trolley through the market.",
                "Handheld, following a grandma down the aisle.",
                "Handheld, running with them.",
                "A fox follows the deer.");
        assertEquals("track", k.get(1).camera().move());
        assertEquals("handheld", k.get(1).camera().support());
        assertEquals("track", k.get(2).camera().move());
        assertEquals("static", k.get(3).camera().move(), "no camera named: the fox follows");
    }

    @Test
    void shotLanguageFillsTheCamera() {
        PlanKeys k = plan("Low angle, 85mm, slow motion: a horse gallops, shallow depth of "
                + "field, handheld.").get(0);
        assertEquals("low", k.camera().angle());
        assertEquals(85, k.camera().lensMm());
        assertEquals(0.5, k.camera().speed());
        assertEquals("shallow", k.camera().focus());
        assertEquals("handheld", k.camera().support());
        assertEquals("run", k.subjects().get(0).action());
    }

    @Test
    void slugLineSetsTheTime() {
        assertEquals("night", plan("EXT. HARBOUR DISTRICT - NIGHT").get(0).timeOfDay());
    }

    @Test
    void fadeToBlackIsAFadeOut() {
        assertEquals("fade-out", plan("A deer in the forest.", "Fade to black.").get(1)
                .transition());
    }

    @Test
    void countsComeFromTheWordsBeforeTheCreature() {
        PlanKeys k = plan("Two lions and a lone giraffe; thousands of flamingos on the lake.")
                .get(0);
        assertEquals("few", count(k, "lion"));
        assertEquals("one", count(k, "giraffe"));
        assertEquals("many", count(k, "flamingo"));
    }

    private static String count(PlanKeys k, String id) {
        return k.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()
                .count();
    }
}
