package dev.longshot.memory;

import dev.longshot.plan.LineReading;
import dev.longshot.plan.SubjectRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the story gave its creatures ("a little fox called Pip"): a later line that says only
 * "Pip sat on a mossy rock" means the fox, which the reader of that one line takes for a person
 * by the name.
 */
final class GivenNames {
    /** How the reader keeps a given name in the creature's {@code said}: "fox called Pip". */
    private static final Pattern GIVEN = Pattern.compile("\\bcalled ([\\p{L}'\\-]+)$");

    private GivenNames() {}

    /** {@code names} with the names line {@code r} gives its creatures. */
    static Map<String, String> learn(Map<String, String> names, LineReading r) {
        Map<String, String> out = null;
        for (SubjectRef s : r.subjects()) {
            Matcher m = GIVEN.matcher(s.said());
            if (m.find() && !"person".equals(s.id())) {
                if (out == null) out = new HashMap<>(names);
                out.put(m.group(1), s.id());
            }
        }
        return out == null ? names : Map.copyOf(out);
    }

    /** {@code r} with the people it names by a creature's given name made that creature. */
    static LineReading resolve(Map<String, String> names, LineReading r) {
        if (names.isEmpty()) return r;
        List<SubjectRef> out = new ArrayList<>();
        boolean changed = false;
        for (SubjectRef s : r.subjects()) {
            String id = "person".equals(s.id()) ? names.get(s.said()) : null;
            changed |= id != null;
            out.add(id == null ? s : new SubjectRef(id, s.said(), s.count(), s.action()));
        }
        // The creature may be named on the line too ("Pip and the fox"): one entry an id.
        return changed ? r.withSubjects(dedupe(out)) : r;
    }

    private static int indexOf(List<SubjectRef> subjects, String id) {
        for (int k = 0; k < subjects.size(); k++) {
            if (subjects.get(k).id().equals(id)) return k;
        }
        return -1;
    }

    private static List<SubjectRef> dedupe(List<SubjectRef> subjects) {
        List<SubjectRef> out = new ArrayList<>();
        for (SubjectRef s : subjects) {
            int at = indexOf(out, s.id());
            if (at < 0) out.add(s);
            else if (out.get(at).action() == null && s.action() != null) {
                out.set(at, out.get(at).withAction(s.action()));
            }
        }
        return out;
    }
}
