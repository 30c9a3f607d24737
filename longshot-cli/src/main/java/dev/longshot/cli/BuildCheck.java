package dev.longshot.cli;

import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunProvenance.Component;
import dev.longshot.director.RunProvenance.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a recorded run with the running build before a replay. A resource that differs
 * (catalog, idioms, places, text model, label mask) makes the same pixels impossible: the replay is
 * refused, naming it. Components whose class or settings differ are only noted — the replay
 * itself says whether they changed the frames.
 */
final class BuildCheck {
    private BuildCheck() {}

    /**
     * @throws UserError naming the first resource that differs, is missing, or was not recorded
     */
    static void requireSameResources(RunProvenance recorded, List<Resource> current,
            String what) {
        for (Resource r : recorded.resources()) {
            Resource now = find(current, r.name());
            if (now == null) {
                throw new UserError("replay refused: resource '" + r.name() + "' (" + r.path()
                        + ") that " + what + " was made with is not in this build");
            }
            if (!now.sha256().equals(r.sha256()) || !now.path().equals(r.path())) {
                throw new UserError("replay refused: resource '" + r.name() + "' (" + now.path()
                        + ") differs from the one " + what + " was made with: recorded sha256 "
                        + r.sha256() + ", this build " + now.sha256());
            }
        }
        for (Resource now : current) {
            if (recorded.resource(now.name()).isEmpty()) {
                throw new UserError("replay refused: this build has resource '" + now.name()
                        + "' (" + now.path() + ") that " + what + " did not record");
            }
        }
    }

    /** One line per component whose implementation or settings differ, and for the build. */
    static List<String> notes(RunProvenance recorded, RunProvenance now) {
        List<String> notes = new ArrayList<>();
        if (!recorded.build().equals(now.build())) {
            notes.add("made by longshot " + recorded.build().version() + " ("
                    + recorded.build().commit() + "), replayed by " + now.build().version()
                    + " (" + now.build().commit() + ")");
        }
        List<Component> before = recorded.components();
        List<Component> after = now.components();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            Component a = i < before.size() ? before.get(i) : null;
            Component b = i < after.size() ? after.get(i) : null;
            if (a != null && b != null && a.role().equals(b.role())
                    && a.implementation().equals(b.implementation())
                    && a.settings().equals(b.settings())
                    && sameUnlessBuild(a, b, recorded, now)) {
                continue;
            }
            notes.add("component " + (i + 1) + " differs: recorded " + describe(a)
                    + ", this build " + describe(b));
        }
        return notes;
    }

    /** A component's version may differ only as the build's version does. */
    private static boolean sameUnlessBuild(Component a, Component b, RunProvenance ra,
            RunProvenance rb) {
        return Objects.equals(a.version(), b.version())
                || (a.version().equals(ra.build().version())
                        && b.version().equals(rb.build().version()));
    }

    private static String describe(Component c) {
        if (c == null) return "none";
        Map<String, String> s = c.settings();
        return c.role() + " " + c.implementation() + " " + c.version()
                + (s.isEmpty() ? "" : " " + s);
    }

    private static Resource find(List<Resource> list, String name) {
        for (Resource r : list) {
            if (r.name().equals(name)) return r;
        }
        return null;
    }
}
