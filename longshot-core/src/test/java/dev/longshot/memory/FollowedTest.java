package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static dev.longshot.memory.PlannedKeys.subjectIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.SubjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the story follows goes along to a new place; whom it met there stays behind. */
class FollowedTest {
    @Test
    void followedWalkersAndTheirDogGoAlongToANewPlace() {
        PlanKeys k = last("Two hikers and their dog walk through a little village.",
                "The hikers and the dog walk past the houses.",
                "The path climbs into a pine forest.");
        assertEquals("forest", k.setting());
        assertEquals(List.of("dog", "person"), subjectIds(k));
    }

    @Test
    void peopleMetForOneLineStayBehind() {
        PlanKeys k = last("Two hikers walk through a little village.",
                "The path climbs into a pine forest.");
        assertTrue(k.subjects().isEmpty(), k.subjects().toString());
    }

    @Test
    void peopleAtWorkAreLocalsAndStayBehind() {
        PlanKeys k = last("Two farmers work in the fields by the village.",
                "The farmers work on under the sun.", "The path climbs into a pine forest.");
        assertTrue(k.subjects().isEmpty(), k.subjects().toString());
    }

    @Test
    void countsLinesInARowAndForgetsWhoLeftTheScreen() {
        SubjectRef dog = new SubjectRef("dog", "dog", "one", "walk");
        SubjectRef man = new SubjectRef("person", "man", "one", "walk");
        Followed twice = Followed.NONE.after(List.of(dog, man)).after(List.of(dog, man));
        assertEquals(List.of(dog, man), twice.goingAlong(List.of(dog, man)));
        assertEquals(List.of(), twice.after(List.of(dog)).goingAlong(List.of(dog, man)),
                "a dog without its people is the place's");
        assertEquals(List.of(), Followed.NONE.after(List.of(dog, man)).goingAlong(
                List.of(dog, man)), "one line is not yet following");
    }
}
