package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static dev.longshot.memory.PlannedKeys.subject;
import static dev.longshot.memory.PlannedKeys.subjectIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.longshot.plan.PlanKeys;
import org.junit.jupiter.api.Test;

/** Counts, actions and who is on screen, read from the words people use. */
class PeopleAndCreaturesReadTest {
    @Test
    void armiesAndArchersAreSoldiers() {
        PlanKeys k = last("The army camps below the walls.");
        assertEquals("many", subject(k, "soldier").count());
        assertEquals("soldier", last("城墙上站满了弓箭手").subjects().get(0).id());
    }

    @Test
    void gallopingRidersAreOnHorses() {
        PlanKeys k = last("Knights gallop out of the castle gate.");
        assertEquals("ride", subject(k, "soldier").action());
        assertEquals("ride", subject(k, "horse").action());
        assertEquals("group", subject(k, "horse").count(), "as many horses as knights");
        assertEquals("ride", subject(last("城堡外,骑兵策马奔来"), "horse").action());
    }

    @Test
    void horsemenArePeopleRidingHorses() {
        PlanKeys k = last("Two hunters on horseback watch from the ridge.");
        assertEquals("few", subject(k, "person").count());
        assertEquals("ride", subject(k, "person").action());
        assertEquals("few", subject(k, "horse").count(), "a horse under each hunter");
        assertFalse(subjectIds(k).contains("rider"), subjectIds(k).toString());
        PlanKeys h = last("Horsemen ride across the grassland.");
        assertEquals("ride", subject(h, "person").action());
        assertEquals("ride", subject(h, "horse").action());
        assertEquals("leave", subject(last("The horsemen ride away over the hill."), "person")
                .action());
    }

    @Test
    void mountedKnightsHaveHorsesAndKnightsOnHorsebackRide() {
        PlanKeys k = last("Mounted knights ride across the field.");
        assertEquals("group", subject(k, "horse").count(), "a horse under each knight");
        assertEquals("ride", subject(k, "horse").action());
        PlanKeys one = last("A knight on horseback waits by the gate.");
        assertEquals("ride", subject(one, "soldier").action(), "the knight is the rider");
        assertFalse(subjectIds(one).contains("person"), subjectIds(one).toString());
    }

    @Test
    void likenessIsNotScenery() {
        PlanKeys k = last("大家爬上沙丘顶拍照,我累得像条狗。");
        assertFalse(subjectIds(k).contains("dog"), subjectIds(k).toString());
    }

    @Test
    void animalsMotherIsOfItsKind() {
        PlanKeys k = last("草原上,一群野马在吃草。", "小马驹跟在妈妈身边,蹦蹦跳跳。");
        assertFalse(subjectIds(k).contains("person"), subjectIds(k).toString());
    }

    @Test
    void dolphinsRidingAWaveSwim() {
        assertEquals("swim", subject(last("Dolphins! Three of them riding the bow wave."),
                "dolphin").action());
    }

    @Test
    void twoPeopleNamedApartAreAFew() {
        assertEquals("few", subject(last(
                "Two-shot: the driver and her partner exchange a look."), "person").count());
    }

    @Test
    void clauseMarksBoundACount() {
        assertEquals("one", subject(last("Shot 3: 中景,剑客A standing still, back to camera."),
                "person").count(), "the 3 of 'Shot 3' counts no swordsmen");
    }

    @Test
    void goingInsideIsLeaving() {
        PlanKeys k = last("Senators climb the temple steps in Rome.",
                "The senators go inside; the steps empty.");
        assertEquals("leave", subject(k, "person").action());
    }

    @Test
    void risingDroneIsACraneUpLookingDown() {
        PlanKeys k = last("画面:阳光照耀着辽阔的大海。", "航拍镜头慢慢升高,俯瞰海面。");
        assertEquals("crane-up", k.camera().move());
        assertEquals("high", k.camera().angle());
        assertEquals("drone", k.camera().support());
        assertEquals("crane-down", last("Shot 2: 航拍 slowly descending through the bamboo.")
                .camera().move());
    }

    @Test
    void armyOfScootersIsManyRidersNotSoldiers() {
        PlanKeys k = last("台北的下午,城市的街道。", "Scooters everywhere, 机车大军 waiting at the red light.");
        assertFalse(subjectIds(k).contains("soldier"), subjectIds(k).toString());
        assertEquals("ride", subject(k, "person").action());
        assertEquals("many", subject(k, "person").count());
    }

    @Test
    void duckingIntoShelterIsARunForCover() {
        assertEquals("run", subject(last("敦煌的下午,沙漠里刮起了沙尘暴。", "游客们赶紧躲进楼里。"),
                "person").action());
    }

    @Test
    void ridingWithNoRiderNamedIsThePeopleOnScreen() {
        PlanKeys k = last("凌晨四点,我们来到沙漠。", "骑着骆驼,驼铃叮当作响。");
        assertEquals("ride", subject(k, "person").action());
    }

    @Test
    void emptyPlaceHasNoPeopleLeft() {
        PlanKeys k = last("Night market in the city, 人山人海, a street dog naps under a cart.",
                "Empty street, one scooter buzzes past.");
        assertEquals(java.util.List.of("dog"), subjectIds(k));
    }

    @Test
    void ridingACloudSummonsNoHorse() {
        PlanKeys k = last("几百年后,天兵天将驾着云来捉拿猴王。");
        assertFalse(subjectIds(k).contains("horse"), subjectIds(k).toString());
    }

    @Test
    void barePluralRefersBackToTheCountKnown() {
        PlanKeys k = last("A few zebras wait their turn at the waterhole.",
                "The zebras sense something and lift their heads.");
        assertEquals("few", subject(k, "zebra").count());
    }
}
