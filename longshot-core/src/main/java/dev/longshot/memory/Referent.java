package dev.longshot.memory;

import dev.longshot.plan.SubjectRef;
import java.util.Map;
import java.util.Set;

/**
 * Whom a pronoun of one refers to among the subjects on screen: the one named last that agrees
 * with it. "She charges" after a lioness and the zebras is the lioness (one, not several); 他
 * and 她 are a person before an animal, "it" and 它 an animal before a person. "They" and
 * 他们 stay with the subject named last, which the story's people then act with; "everyone"
 * is the crowd, else the people.
 */
final class Referent {
    private Referent() {}

    private static final Set<String> ONE = Set.of("he", "she", "it", "他", "她", "它", "牠");
    /** Pronouns of people (English "he" and "she" are said of animals too). */
    private static final Set<String> PERSONAL = Set.of("他", "她");
    /** English pronouns said of a person before an animal when both are on screen. */
    private static final Set<String> HUMAN_FIRST = Set.of("he", "she");
    /** Pronouns of animals and things. */
    private static final Set<String> NEUTER = Set.of("it", "它", "牠");
    private static final Set<String> PEOPLE = Set.of("person", "child", "crowd", "soldier");
    private static final Set<String> EVERYONE = Set.of("everyone", "everybody");

    /** "Everyone": the crowd when there is one, else the people named last, else anyone. */
    private static String everyone(Map<String, SubjectRef> onScreen) {
        if (onScreen.containsKey("crowd")) return "crowd";
        String people = null;
        String last = null;
        for (String id : onScreen.keySet()) {
            if (PEOPLE.contains(id)) people = id;
            last = id;
        }
        return people != null ? people : last;
    }

    /** Whether {@code pronoun} refers to one ("he", 她), not to several or to no one said. */
    static boolean one(String pronoun) {
        return pronoun != null && ONE.contains(pronoun);
    }

    /** The id {@code pronoun} refers to among {@code onScreen} (in the order named). */
    static String of(String pronoun, Map<String, SubjectRef> onScreen) {
        if (pronoun != null && EVERYONE.contains(pronoun)) return everyone(onScreen);
        String both = null;
        String one = null;
        String last = null;
        for (SubjectRef s : onScreen.values()) {
            last = s.id();
            if (pronoun == null || !ONE.contains(pronoun) || !"one".equals(s.count())) continue;
            one = s.id();
            boolean kindAgrees = PERSONAL.contains(pronoun) || HUMAN_FIRST.contains(pronoun)
                    ? PEOPLE.contains(s.id())
                    : !NEUTER.contains(pronoun) || !PEOPLE.contains(s.id());
            if (kindAgrees) both = s.id();
        }
        return both != null ? both : one != null ? one : last;
    }
}
