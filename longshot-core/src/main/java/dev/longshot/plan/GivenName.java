package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * A creature given a name ("a little fox called Pip", "an old elephant named Tembo"): the name
 * is that creature's, no person of its own. It is kept in the creature's {@code said}
 * ("fox called Pip"), so that the memory can tell the fox when a later line says only "Pip".
 */
final class GivenName {
    /** Words that give a name. */
    private static final Set<String> NAMING = Set.of("called", "named");

    private GivenName() {}

    /** The index of the name given to the creature at {@code i}, or -1 when none is given. */
    static int after(List<Word> words, int i) {
        if (i + 2 >= words.size()) return -1;
        if (!NAMING.contains(Catalog.normalize(words.get(i + 1).text()))) return -1;
        String name = words.get(i + 2).text();
        return name.matches("[A-Z][\\p{L}'\\-]*") ? i + 2 : -1;
    }

    /** Gives the name at {@code name} to the subject {@code id}, spending the naming words. */
    static void give(ReadingDraft d, String id, List<Word> words, int name) {
        SubjectRef s = d.subjects.get(id);
        String given = words.get(name).text();
        if (s != null) {
            d.subjects.put(id, new SubjectRef(id, s.said() + " called " + given, s.count(),
                    s.action()));
        }
        d.modifiers.add(words.get(name - 1).text());
        d.modifiers.add(given);
    }
}
