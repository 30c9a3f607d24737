package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static dev.longshot.memory.PlannedKeys.subject;
import static dev.longshot.memory.PlannedKeys.subjectIds;
import static dev.longshot.memory.PlannedKeys.thingIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.plan.PlanKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Moving within one setting (a cut, the next enclosure of a zoo) and naming a slope or shore of
 * it: what stays behind, who goes along.
 */
class SpotsAndTravellersCarryOverTest {
    @Test
    void slopeOfTheFarmKeepsTheFarmAndItsAnimals() {
        PlanKeys k = last("清晨,农场上阳光明媚。", "三头奶牛在草地上慢慢吃草。",
                "一个农民赶着一群羊从山坡上下来。");
        assertEquals("farmland", k.setting());
        assertEquals(List.of("cow", "farmer", "sheep"), subjectIds(k));
    }

    @Test
    void walkOutOntoTheStreetLeavesTheMarketAndItsCrowdBehind() {
        PlanKeys k = last("Starting today's walk at the market.", "Hundreds of people already.",
                "Out onto the street. Red buses and black cabs everywhere.");
        assertEquals(List.of(), subjectIds(k));
        assertEquals(List.of("bus", "car", "road"), thingIds(k));
    }

    @Test
    void namedParkAsAHeadingIsAnotherSpot() {
        PlanKeys k = last("Out onto the street. Red buses everywhere.",
                "A cyclist nearly takes me out.", "St James's Park. Green, quiet.");
        assertEquals(List.of(), subjectIds(k));
        assertEquals(List.of(), thingIds(k));
    }

    @Test
    void knightsRideIntoTheForestWithTheirHorses() {
        PlanKeys k = last("The castle stands above a sleepy town at dawn.",
                "Sir Aldric rides out first, then five more knights behind him.",
                "Lances up, the horses' breath steaming in the cold.",
                "Wide shot: the column rides over the bridge.",
                "Into the forest. Old oaks, dark and close.");
        assertEquals("forest", k.setting());
        assertEquals(List.of("horse", "soldier"), subjectIds(k));
        assertEquals("ride", subject(k, "soldier").action());
    }

    @Test
    void soldiersAreTheRidersOfTheHorsesARideIsSaidOf() {
        PlanKeys k = last("The castle stands above a sleepy town at dawn.",
                "Five knights wait at the gate.", "Wide shot: the column rides over the bridge.");
        assertEquals(List.of("horse", "soldier"), subjectIds(k));
    }

    @Test
    void narratorCrossingTheStreetIsNotOnScreen() {
        assertEquals(List.of(), subjectIds(last("Out onto the street.",
                "We cross at the lights and head down towards the river.")));
    }

    @Test
    void placeSaidAsWhereSomethingIsIsNoHeading() {
        PlanKeys k = last("Dawn on the river.", "A heron stands in the shallows.",
                "Across the river, a deer drinks.");
        assertEquals(List.of("crane", "deer"), subjectIds(k));
    }

    @Test
    void farShoreOfAMountainLakeIsStillTheLake() {
        PlanKeys k = last("Dawn breaks over a mountain lake.", "High above, an osprey circles.",
                "On the far shore, a grey heron stands motionless.");
        assertEquals("mountains", k.setting());
        assertEquals("lake", k.water());
        assertEquals(List.of("crane", "eagle"), subjectIds(k));
    }

    @Test
    void familyGoesOnToTheNextEnclosureAndTheAnimalsStay() {
        PlanKeys k = last("Saturday morning at the city zoo.",
                "Mum, Dad and the two kids walk in through the main gate.",
                "They stop at the penguin pool.", "Dozens of penguins waddle over the rocks.",
                "The family moves on to the tiger enclosure.");
        assertEquals(List.of("child", "person"), subjectIds(k));
        assertEquals(List.of(), thingIds(k), "the rocks stay with the penguins");
        assertEquals("walk", subject(k, "person").action());
        assertEquals("walk", subject(k, "child").action());
    }

    @Test
    void cutToAnotherSpotLeavesEveryoneBehind() {
        PlanKeys k = last("The wet market is packed with people.",
                "A few chickens peck at grain.", "Cut to the street outside: buses crawl past.");
        assertEquals(List.of(), subjectIds(k));
    }

    @Test
    void theyWhoTravelTakeTheirAnimalsAlong() {
        PlanKeys k = last("一个少年骑着白马,走出了村庄。", "他带着一只会说话的狐狸。",
                "他们走进一片幽暗的森林。");
        assertEquals("forest", k.setting());
        assertEquals(List.of("fox", "horse", "person"), subjectIds(k));
    }

    @Test
    void pronounThatFallsOnPeopleFallsOnAllOfThem() {
        PlanKeys k = last("Mum, Dad and the two kids walk in through the main gate.",
                "They stop.");
        assertEquals("stand", subject(k, "person").action());
        assertEquals("stand", subject(k, "child").action());
    }

    @Test
    void narratorGoingOnLeavesTheTownsCrowdsBehind() {
        PlanKeys k = last("Taipei, 3pm, drizzling again.",
                "Scooters everywhere, 机车大军 waiting at the red light.",
                "傍晚 we go up Elephant Mountain.");
        assertEquals(List.of(), subjectIds(k), "the scooter riders stay in the streets");
    }

    @Test
    void narratorGoingOnTakesTheStorysPeopleAlong() {
        PlanKeys k = last("We walk along the old harbour wall.",
                "Then we go up to the castle on the hill.");
        assertEquals(List.of("person"), subjectIds(k));
    }

    @Test
    void goingOnWithTheTravellersUnsaidLeavesTheAnimalsBehind() {
        PlanKeys k = last("一群羊在山坡上吃草。", "我们在山坡上拍照。", "中午太热,回酒店休息。");
        assertEquals(List.of("person"), subjectIds(k), "the sheep stay on the hillside");
        PlanKeys night = last("一群羊在山坡上吃草。", "我们在山坡上拍照。", "到了晚上,星星出来了。");
        assertEquals(List.of("person", "sheep"), subjectIds(night), "evening coming is no move");
    }
}
