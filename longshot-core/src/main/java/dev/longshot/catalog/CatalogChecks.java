package dev.longshot.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules between entries: ids are unique; a fallback names an entry of the same kind (and,
 * for shot terms, the same sub-kind) and its chain ends at a drawn entry; drawn entries need no
 * fallback; no phrasing is claimed by two entries of one kind (the planner could not choose).
 */
final class CatalogChecks {
    private CatalogChecks() {}

    /** Every problem in {@code entries}, in file order; empty when the catalog is sound. */
    static List<String> problems(List<CatalogEntry> entries) {
        List<String> problems = new ArrayList<>();
        Map<String, CatalogEntry> byId = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                problems.add("entry '" + e.id() + "': duplicate id");
            }
        }
        for (CatalogEntry e : entries) fallback(e, byId, problems);
        phrasings(entries, problems);
        return problems;
    }

    private static void fallback(CatalogEntry e, Map<String, CatalogEntry> byId,
            List<String> problems) {
        if (e.fallback() == null) return;
        String where = "entry '" + e.id() + "'";
        if (e.drawn()) {
            problems.add(where + ": drawn, so it needs no fallback (has '" + e.fallback() + "')");
            return;
        }
        CatalogEntry to = byId.get(e.fallback());
        if (to == null) {
            problems.add(where + ": fallback '" + e.fallback() + "' is not an entry");
            return;
        }
        if (to.kind() != e.kind() || !Objects.equals(to.sub(), e.sub())) {
            problems.add(where + ": fallback '" + to.id() + "' is a " + to.kindLabel()
                    + ", not a " + e.kindLabel());
            return;
        }
        // Follow the chain: it must reach a drawn entry without coming back on itself.
        Set<String> seen = new HashSet<>();
        CatalogEntry at = e;
        while (!at.drawn()) {
            if (!seen.add(at.id())) {
                problems.add(where + ": fallback chain loops at '" + at.id() + "'");
                return;
            }
            CatalogEntry next = at.fallback() == null ? null : byId.get(at.fallback());
            if (next == null) {
                problems.add(where + ": fallback chain ends at '" + at.id()
                        + "', which is not drawn");
                return;
            }
            at = next;
        }
    }

    private static void phrasings(List<CatalogEntry> entries, List<String> problems) {
        Map<String, String> owner = new LinkedHashMap<>(); // kind + phrasing -> entry id
        for (CatalogEntry e : entries) {
            Set<String> own = new HashSet<>();
            for (String p : Catalog.phrasingsOf(e)) {
                String key = Catalog.normalize(p);
                if (!own.add(key)) {
                    problems.add("entry '" + e.id() + "': phrasing '" + p + "' listed twice");
                    continue;
                }
                String other = owner.putIfAbsent(e.kind().id() + "\t" + key, e.id());
                if (other != null) {
                    problems.add("phrasing '" + p + "' is claimed by two " + e.kind().id()
                            + " entries: '" + other + "' and '" + e.id() + "'");
                }
            }
        }
    }
}
