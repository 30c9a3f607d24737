package dev.longshot.world.creature;

import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Subject;
import dev.longshot.plan.SubjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who the plan puts in a scene, as the world reads it: catalog creature ids with how many and
 * what they do. The one place in the world that reads the plan's subjects: the
 * {@code {id, said, count, action}} refs of its {@code longshot-plan/2} keys.
 *
 * @param roles one per creature id, in the plan's order
 * @param named ids the second's own line names (what a bound camera frames first)
 */
public record Cast(List<Role> roles, Set<String> named) {
    /** Nobody. */
    public static final Cast NONE = new Cast(List.of(), Set.of());

    /**
     * One creature id of the plan.
     *
     * @param id     catalog id, e.g. {@code zebra}
     * @param count  one, few, group, many; {@code null}: the species' usual group
     * @param action walk, run, graze …; {@code null}: its usual behaviour
     * @param coat   the colour its line gives it ({@link CoatColour}), "#rrggbb"; {@code null}:
     *               its species' own
     */
    public record Role(String id, String count, String action, String coat) {
        public Role {
            java.util.Objects.requireNonNull(id, "id");
        }

        /** A role in its species' own colours. */
        public Role(String id, String count, String action) {
            this(id, count, action, null);
        }
    }

    public Cast {
        roles = List.copyOf(roles);
        named = java.util.Collections.unmodifiableSet(new TreeSet<>(named));
    }

    /**
     * The cast of one second of the plan, from its {@code longshot-plan/2} subjects: each
     * creature id once, in the plan's order, with its count and action. Named: the subjects
     * this second's own line names — the camera's target and those the planner marked as
     * named (its {@code named}, read once from the line), matched by id or by the species an
     * id is shown as.
     */
    public static Cast of(ScenePlan plan) {
        List<Role> roles = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        String target = plan.keys().camera().target();
        Set<String> marked = new TreeSet<>();
        for (Subject s : plan.named()) marked.add(s.id());
        boolean counted = !fromVocabulary(plan);
        for (SubjectRef s : plan.keys().subjects()) {
            if (roles.stream().noneMatch(r -> r.id().equals(s.id()))) {
                roles.add(new Role(s.id(), counted ? s.count() : null, s.action(),
                        CoatColour.of(s.said())));
            }
            if (s.id().equals(target) || marked.contains(s.id()) || marked.contains(shownAs(s))) {
                named.add(s.id());
            }
        }
        return new Cast(roles, named);
    }

    /** Id of the species the world shows for subject {@code s} ("" when none). */
    private static String shownAs(SubjectRef s) {
        return Bestiary.bundled().find(s.id()).map(Species::id).orElse("");
    }

    /**
     * Whether the plan's keys are only those its old-vocabulary fields imply (a plan made
     * without a catalog): their counts are a default, not something a line said.
     */
    static boolean fromVocabulary(ScenePlan p) {
        return p.keys().equals(PlanKeys.fromVocabulary(p.setting(), p.water(), p.timeOfDay(),
                p.weather(), p.subjects(), p.camera(), p.transition(), p.unrecognized()));
    }

    /** This cast with the subjects of {@code line} named too. */
    public Cast naming(LineNames line) {
        Set<String> all = new TreeSet<>(named);
        for (Role r : roles) if (line.named().contains(r.id())) all.add(r.id());
        return all.size() == named.size() ? this : new Cast(roles, all);
    }

    /** A cast of these ids, each with its usual group and behaviour. */
    public static Cast ofIds(String... ids) {
        List<Role> roles = new ArrayList<>();
        for (String id : ids) roles.add(new Role(id, null, null));
        return new Cast(roles, Set.of());
    }
}
