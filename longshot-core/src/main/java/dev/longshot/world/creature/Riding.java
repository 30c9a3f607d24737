package dev.longshot.world.creature;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who rides what in a cast, as the world shows it: people whose action is {@code ride} sit on
 * the first four-legged species the plan also has riding ("the shepherd rides his horse",
 * 骑马), and a mount that is ridden with nobody named on it carries a plain rider. The
 * ridden mount is then not a group of its own: it is under its riders, drawn as the catalog's
 * mounted entry when it has one (a soldier on a horse is a knight). Species that ride by
 * their recipe (a knight) keep their own mount.
 */
final class Riding {
    static final String RIDE = "ride";
    /** Who rides a mount that the plan has ridden by nobody it names. */
    private static final String ANYONE = "person";

    private Riding() {}

    /** One cast role with the species the world shows for it. */
    record Shown(Species type, Cast.Role role) {}

    /**
     * The species of each role of {@code roles} (those the bestiary shows), riders put on
     * their mounts, ridden mounts folded into their riders; in the roles' order.
     */
    static List<Shown> of(List<Cast.Role> roles, Bestiary b) {
        List<Shown> found = new ArrayList<>();
        for (var r : roles) {
            b.find(r.id()).ifPresent(s -> found.add(new Shown(s, r)));
        }
        Species mount = null;
        for (Shown c : found) {
            if (mount == null && RIDE.equals(c.role().action())
                    && c.type().family() == Family.QUADRUPED) {
                mount = c.type();
            }
        }
        if (mount == null) return found;
        List<Shown> out = new ArrayList<>();
        boolean ridden = false;
        for (Shown c : found) {
            if (c.type().family() == Family.PERSON && !c.type().mounted()
                    && RIDE.equals(c.role().action())) {
                out.add(new Shown(b.mounted(c.type(), mount), c.role()));
                ridden = true;
            } else if (c.type().mounted() && c.type().mount().equals(mount)) {
                out.add(c);
                ridden = true;
            } else {
                out.add(c);
            }
        }
        final Species m = mount;
        Optional<Shown> mountRole = out.stream().filter(c -> c.type().equals(m)).findFirst();
        if (mountRole.isEmpty()) return out;
        out.remove(mountRole.get());
        if (!ridden) {
            // Somebody rides it: a plain rider on each of the ridden mounts.
            var role = mountRole.get().role();
            out.add(new Shown(b.get(ANYONE).mountedOn(m),
                    new Cast.Role(ANYONE, role.count(), RIDE)));
        }
        return out;
    }
}
