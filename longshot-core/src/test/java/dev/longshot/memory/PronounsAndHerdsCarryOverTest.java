package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static dev.longshot.memory.PlannedKeys.subject;
import static dev.longshot.memory.PlannedKeys.subjectIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.plan.PlanKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who "it" is at a new place, what a herd word said back counts, who is left days later. */
class PronounsAndHerdsCarryOverTest {
    @Test
    void itAtANewPlaceIsTheCreatureTheStoryFollowed() {
        PlanKeys k = last("从前,在一片大森林里,住着一只小白兔。", "河边有几只鸭子在游泳。",
                "小白兔继续赶路。", "傍晚,它来到山脚下的一个小村子。");
        assertEquals("village", k.setting());
        assertEquals(List.of("rabbit"), subjectIds(k), "the ducks stay, no stranger appears");
    }

    @Test
    void restOfTheHerdMakesTheLoneAnimalAGroup() {
        PlanKeys k = last("A red deer stag stands alone on the ridge.",
                "Behind him, the rest of the herd picks its way down to the water.");
        assertEquals("group", subject(k, "deer").count());
    }

    @Test
    void daysLaterTheAnimalsHaveMovedOnAndThePeopleStay() {
        PlanKeys k = last("A shepherd walks up the hill.", "Goats graze on the slope.",
                "Days later, the shepherd returns.");
        assertEquals(List.of("person"), subjectIds(k));
        PlanKeys soon = last("A shepherd walks up the hill.", "Goats graze on the slope.",
                "Half an hour later, the rain stops.");
        assertEquals(List.of("goat", "person"), subjectIds(soon));
    }

    @Test
    void sheAfterALionessAndZebrasIsTheLioness() {
        PlanKeys k = last("A lioness lies flat in the tall grass, watching.",
                "The zebras sense something and lift their heads.", "She charges!");
        assertEquals("run", subject(k, "lion").action());
        assertEquals("watch", subject(k, "zebra").action(), "the zebras still watch");
    }

    @Test
    void itIsTheAnimalNamedBeforeThePerson() {
        PlanKeys k = last("一只狐狸在岸边张望。", "一个牧民站在河边。", "它跳进了河里。");
        assertEquals("stand", subject(k, "person").action(), "它 is no person");
        assertEquals("jump", subject(k, "fox").action());
    }

    @Test
    void heIsOneOfTheTravellersNotAllOfThem() {
        PlanKeys k = last("一个孩子和爷爷走在海边。", "他抬头看了看天。");
        assertEquals("watch", subject(k, "person").action());
        assertEquals("walk", subject(k, "child").action(), "the child still walks");
    }

    @Test
    void everyoneIsTheCrowdOnScreen() {
        PlanKeys k = last("Then the night market, 人山人海 as always.",
                "A street dog naps under a cart.",
                "Midnight. The market closes and everyone heads home.");
        assertEquals("leave", subject(k, "crowd").action());
        assertEquals("sleep", subject(k, "dog").action(), "the dog naps on");
    }

    @Test
    void threeOfThemNowCountsTheBirdsNamedBefore() {
        PlanKeys k = last("Morning on the river.", "Overhead a bald eagle circles.",
                "Then another, and another: three of them now, circling low.");
        assertEquals("few", subject(k, "eagle").count());
        assertEquals("circle", subject(k, "eagle").action());
    }

    @Test
    void theCubSaidBackDoesWhatTheLineSays() {
        PlanKeys k = last("A brown bear wades into the river.", "The cub stays close, watching.");
        assertEquals("watch", subject(k, "bear").action());
    }

    @Test
    void crowdGrowsOutOfPeopleNamedOnlyInThePlural() {
        PlanKeys k = last("Stairs and sweaty people everywhere.",
                "Then the night market, a crowd as always.");
        assertEquals(List.of("crowd"), subjectIds(k));
    }

    @Test
    void aCameraThatFollowsHerFramesHer() {
        PlanKeys k = last("A woman walks down the street.",
                "The camera follows her down the street.");
        assertEquals("track", k.camera().move());
        assertEquals("person", k.camera().target());
    }

    @Test
    void heAfterAManAndHisDogIsTheMan() {
        PlanKeys k = last("A man and a dog walk along the beach.", "Close-up on him.");
        assertEquals("person", k.camera().target());
        PlanKeys she = last("A lioness watches a herd of zebras.", "She charges.");
        assertEquals("run", subject(she, "lion").action(), "no person: the lioness");
    }

    @Test
    void slowMotionFramesWhomThePronounMeans() {
        PlanKeys k = last("Hundreds of salmon swim upstream.",
                "A big brown bear wades out into the shallows.", "A fish leaps.",
                "Slow motion: water streaming off her fur as she bites down.");
        assertEquals("bear", k.camera().target());
    }
}
