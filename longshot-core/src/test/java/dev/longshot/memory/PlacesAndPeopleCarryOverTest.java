package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static dev.longshot.memory.PlannedKeys.subject;
import static dev.longshot.memory.PlannedKeys.subjectIds;
import static dev.longshot.memory.PlannedKeys.thingIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new place, a street of the old one, or a passing mention does to the carried keys. */
class PlacesAndPeopleCarryOverTest {
    @Test
    void aBareRiverWordIsTheStreamAlreadyThere() {
        assertEquals("stream", last("江南古镇,一条小河从镇子中间穿过。", "河边有一家茶馆。").water());
        assertEquals("stream", last("一条小河从镇子中间穿过。", "河面倒映着灯笼的光。").water());
        assertEquals("river", last("一条小河从镇子中间穿过。", "我们来到了长江边。").water(),
                "a great river named is that river");
    }

    @Test
    void groundTurningToMudIsNoNewPlace() {
        assertEquals("ancient-city", last("Knights fight below the castle walls.",
                "The field turns to mud.").setting());
    }

    @Test
    void streetOfAHarbourIsTheHarbour() {
        PlanKeys k = last("北宋年间,泉州港的清晨。", "街市上人山人海,叫卖声此起彼伏。");
        assertEquals("harbour", k.setting());
        assertEquals("sea", k.water());
        assertEquals("walk", subject(k, "crowd").action(), "a crowd with nothing said walks");
    }

    @Test
    void placeNamedInPassingIsNoMove() {
        assertEquals("ancient-city", last("Rome at dusk: fishing boats under a stone bridge.",
                "A lone figure stands on the bridge, looking back at the city.").setting());
        assertEquals("forest", last("Noon in the forest, sunlight on the water.",
                "Dusk falls over the valley.").setting(),
                "light over a place is seen from where the story is");
    }

    @Test
    void guessedSettingGivesWayToTheFirstPlaceImplied() {
        List<PlanKeys> k = PlannedKeys.plan("同学们,今天我们来认识水的循环。",
                "画面:阳光照耀着辽阔的大海。");
        assertEquals("coast", k.get(1).setting());
        assertEquals("sea", k.get(1).water());
        assertTrue(k.get(0).subjects().isEmpty(), "a lesson's class is not on screen: "
                + k.get(0).subjects());
    }

    @Test
    void travellersGoAlongToANewPlaceWithTheirHorse() {
        PlanKeys k = last("A young squire rides out through the castle gate at dawn.",
                "He follows the river road into a dark forest.");
        assertEquals("forest", k.setting());
        assertEquals(List.of("horse", "person"), subjectIds(k));
        assertEquals("ride", subject(k, "person").action());
    }

    @Test
    void someoneOfTheLastSceneStaysInIt() {
        PlanKeys k = last("Snow falls on the snowfield; a shepherd walks with his sheep.",
                "At dusk the volcano glows, lava pours from the crater.");
        assertTrue(k.subjects().isEmpty(), k.subjects().toString());
    }

    @Test
    void localsStayBehindAtANewPlace() {
        PlanKeys k = last("河水流过农田,农民在田里劳动。", "大河最后又流回了大海。");
        assertEquals("coast", k.setting());
        assertTrue(k.subjects().isEmpty(), k.subjects().toString());
    }

    @Test
    void aNewPlaceWithItsOwnPeopleLeavesTheOldOnesBehind() {
        PlanKeys k = last("We walk through the busy market of the old town.",
                "A lone figure stands on a mountain peak.");
        assertEquals("one", subject(k, "person").count());
    }

    @Test
    void lanternsOverrideCarriedStyle() {
        assertEquals("chinese-classical", last("一座现代化的酒店。", "古镇的茶馆门口挂着红灯笼。")
                .style());
    }

    @Test
    void modernCityKeepsItsStyleOverTemplesAndLanterns() {
        PlanKeys k = last("台北的下午,城市的街道。", "A temple squeezed between apartment blocks.",
                "特写 the lanterns swaying at the temple gate.");
        assertEquals("city", k.setting());
        assertEquals("modern", k.style());
    }

    @Test
    void headingUpOnTheMoorMovesThere() {
        assertEquals("grassland", last("Ashford, a village of thatched cottages, at noon.",
                "Up on the moor: rain in sheets, lightning overhead.").setting());
    }

    @Test
    void planeLandingInAValleyLeavesNatureUnstyled() {
        assertEquals(null, last("Early morning in a wide river valley.",
                "A float plane comes in low and lands upriver.").style());
        assertEquals("modern", last("A small town at noon.", "A bus pulls up.").style(),
                "a settlement with a bus is today's");
    }

    @Test
    void towerAndLightsOfAModernCityAreNoPagodaOrLanterns() {
        PlanKeys k = last("傍晚六点,上海的城市街道。", "对岸的东方明珠塔亮起了灯。");
        assertTrue(thingIds(k).contains("tower"), thingIds(k).toString());
        assertFalse(thingIds(k).contains("pagoda"), thingIds(k).toString());
        assertFalse(thingIds(k).contains("lantern"), thingIds(k).toString());
    }

    @Test
    void vehicleThatSinksIsListedOnItsLineAndGoneAfter() {
        List<PlanKeys> k = PlannedKeys.plan("Night at the harbour: a truck races along the pier.",
                "Slow motion: the truck can't stop and skids off into the sea.", "Splash.");
        assertTrue(thingIds(k.get(1)).contains("truck"), thingIds(k.get(1)).toString());
        assertFalse(thingIds(k.get(2)).contains("truck"), thingIds(k.get(2)).toString());
    }

    @Test
    void slopesCoveredInPineForestStayTheVolcanoWithPines() {
        PlanKeys k = last("Here is a quiet volcano on a sunny afternoon.",
                "Its slopes are covered in pine forest.");
        assertEquals("volcano", k.setting());
        assertTrue(thingIds(k).contains("pine"), thingIds(k).toString());
    }

    @Test
    void grassOfTheSavannaIsTallGrass() {
        assertTrue(thingIds(last("Dawn breaks over the savanna, the grass still wet with dew."))
                .contains("tall-grass"));
    }

    @Test
    void portNamedInPassingBringsNoBoats() {
        PlanKeys k = last("Santorini, white houses above a deep blue sea.",
                "Donkeys carry tourists up the old steps from the port.");
        assertFalse(thingIds(k).contains("boat"), thingIds(k).toString());
    }

    @Test
    void onlyTheNamedRemainTheOthersAreGone() {
        PlanKeys k = last("The elephants drink at the waterhole; two giraffes wait.",
                "Only the giraffes remain at the pond.");
        assertEquals(List.of("giraffe"), subjectIds(k));
    }

    @Test
    void aBoatWhereNoWaterWasNamedFloats() {
        PlanKeys junk = last("清晨,渔民们推着小船下海。");
        assertEquals("sea", junk.water(), "下海 is going out to sea");
        assertEquals("coast", junk.setting());
        assertEquals("river", last("A canoe glides past the reeds.").water());
        assertEquals("sea", last("The ship steams on through the night.").water());
        assertEquals("lake", last("Mist over the lake.", "A canoe glides past the reeds.")
                .water(), "a boat on named water keeps that water");
    }

    @Test
    void villageByTheStreamKeepsItsWaterButOpenFarmlandHasNone() {
        assertEquals("stream", last("手持跟拍,穿过竹林,前面有条小溪",
                "跟着狗走了五分钟就到了农家乐").water(), "a village keeps the stream it is by");
        assertEquals("none", last("The old town stands on a wide river.",
                "We cycle out through the farmland.").water(), "open land has no water named");
    }
}
