package dev.longshot.world.creature;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who the plan puts in a scene, as the world reads it: catalog creature ids with how many and
 * what they do. The one place that reads the plan's subjects, so when the plan's form changes
 * (enum set today, {@code {id, said, count, action}} refs of {@code longshot-plan/2}) only
 * this class changes.
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
     */
    public record Role(String id, String count, String action) {
        public Role {
            java.util.Objects.requireNonNull(id, "id");
        }
    }

    public Cast {
        roles = List.copyOf(roles);
        named = java.util.Collections.unmodifiableSet(new TreeSet<>(named));
    }

    /** The cast of one second of the plan. */
    public static Cast of(ScenePlan plan) {
        List<Role> roles = new ArrayList<>();
        for (Subject s : plan.subjects()) roles.add(new Role(s.id(), null, null));
        Set<String> named = new TreeSet<>();
        for (Subject s : plan.named()) named.add(s.id());
        return new Cast(roles, named);
    }

    /** A cast of these ids, each with its usual group and behaviour. */
    public static Cast ofIds(String... ids) {
        List<Role> roles = new ArrayList<>();
        for (String id : ids) roles.add(new Role(id, null, null));
        return new Cast(roles, Set.of());
    }
}
