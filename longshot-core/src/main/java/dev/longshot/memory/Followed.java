package dev.longshot.memory;

import dev.longshot.plan.SubjectRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the story follows: the people it has kept on screen line after line, and the animals that
 * keep them company (a dog at their heels, the donkey they lead). A story that stays with the
 * same people for a few lines takes them along when it moves to a new place, whether or not the
 * line names them again ("The track climbs into a pine forest"); someone met once at a place (a
 * shepherd, farmers at work) is a local and stays behind. Immutable: lines on screen by id.
 *
 * @param lines how many lines in a row each subject id has been on screen
 */
record Followed(Map<String, Integer> lines) {
    static final Followed NONE = new Followed(Map.of());

    /** Lines on screen after which the story is following someone. */
    static final int FOLLOWING = 2;
    /** What people last did on their way somewhere: travellers move, locals stand or work. */
    private static final Set<String> MOVING = Set.of("walk", "run", "ride");
    /** People the story can follow (not crowds, armies or soldiers on guard). */
    private static final Set<String> PEOPLE = Set.of("person", "child");
    /** Animals that go along with people: pets and the beasts they lead or ride. */
    private static final Set<String> COMPANIONS = Set.of("dog", "cat", "horse", "donkey",
            "camel");

    Followed {
        lines = Map.copyOf(lines);
    }

    /** After one more line with {@code onScreen} subjects: counts grow, the absent drop out. */
    Followed after(List<SubjectRef> onScreen) {
        Map<String, Integer> next = new HashMap<>();
        for (SubjectRef s : onScreen) {
            if (!s.leaving()) next.put(s.id(), lines.getOrDefault(s.id(), 0) + 1);
        }
        return new Followed(next);
    }

    /**
     * Of the subjects on screen at the old place, those who go along to the new one: the
     * followed people (one or a few), and with them their companions (not a flock of sheep).
     */
    List<SubjectRef> goingAlong(List<SubjectRef> old) {
        boolean people = old.stream().anyMatch(s -> !s.leaving() && person(s) && followed(s)
                && MOVING.contains(String.valueOf(s.action())));
        if (!people) return List.of();
        return old.stream().filter(s -> !s.leaving() && followed(s)
                && (person(s) || companion(s))).toList();
    }

    /**
     * One or a few people: those a story follows (a group of tourists is the place's); or a
     * company of soldiers riding or marching on, as knights ride out on a quest.
     */
    private static boolean person(SubjectRef s) {
        return PEOPLE.contains(s.id()) && few(s) || s.id().equals("soldier")
                && !"many".equals(s.count()) && MOVING.contains(String.valueOf(s.action()));
    }

    private boolean followed(SubjectRef s) {
        return lines.getOrDefault(s.id(), 0) >= FOLLOWING;
    }

    /** A pet or beast of burden (one or a few), or the horses its riders ride, however many. */
    private static boolean companion(SubjectRef s) {
        return COMPANIONS.contains(s.id()) && (few(s) || "ride".equals(s.action()));
    }

    private static boolean few(SubjectRef s) {
        return "one".equals(s.count()) || "few".equals(s.count());
    }
}
