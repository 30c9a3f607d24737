package dev.longshot.world.creature;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.plan.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every species the world can show, one per drawn creature entry of the catalog whose family
 * has a body plan. Looks a catalog id up, following the catalog's fallbacks (an entry not yet
 * drawn is shown as its stand-in). Immutable.
 */
public final class Bestiary {
    private final Catalog catalog;
    private final List<Species> all = new ArrayList<>();
    private final Map<String, Species> byId = new HashMap<>();

    Bestiary(Catalog catalog) {
        this.catalog = catalog;
        int index = 0;
        for (CatalogEntry e : catalog.ofKind(CatalogKind.CREATURE)) {
            index++;
            Family family = Family.of(e.recipe().family());
            if (!e.drawn() || family == null) continue;
            Species s = SpeciesReader.read(e, rank(e.id(), index), family);
            String mount = e.recipe().text("mount", "");
            if (!mount.isEmpty()) {
                // A rider's mount comes before it in the catalog: a knight rides a horse.
                Species m = byId.get(mount);
                if (m == null) {
                    throw new IllegalStateException("creature '" + e.id() + "' rides '" + mount
                            + "', which is not a drawn creature before it");
                }
                s = s.mountedOn(m);
            }
            all.add(s);
            byId.put(s.id(), s);
        }
    }

    /** The species of the bundled catalog. */
    public static Bestiary bundled() {
        return Bundled.BESTIARY;
    }

    private static final class Bundled {
        static final Bestiary BESTIARY = new Bestiary(Catalog.bundled());
    }

    // The old vocabulary keeps its order (and so its seeds); the rest follow in catalog order.
    private static int rank(String id, int catalogIndex) {
        for (Subject s : Subject.values()) if (s.id().equals(id)) return s.ordinal();
        return 100 + catalogIndex;
    }

    /** Every species, in catalog order. */
    public List<Species> all() {
        return List.copyOf(all);
    }

    /** What the world shows for catalog id {@code id}: itself, or its fallback; or nothing. */
    public Optional<Species> find(String id) {
        Species s = byId.get(id);
        if (s != null) return Optional.of(s);
        return catalog.byId(id).filter(e -> e.kind() == CatalogKind.CREATURE)
                .flatMap(catalog::shownAs).map(e -> byId.get(e.id()));
    }

    /**
     * {@code rider} on {@code mount} ({@link Species#mountedOn}), drawn as the catalog's
     * entry for that when it has one: a soldier on a horse looks like its mounted knight,
     * with lance and barding, and stays a soldier in number, motion and what is shown. A
     * plain person on a horse is what the rider entry draws already.
     */
    public Species mounted(Species rider, Species mount) {
        Species seated = rider.mountedOn(mount);
        String variant = rider.recipe().text("variant", "plain");
        if (variant.equals("plain")) return seated;
        for (Species s : all) {
            if (s.mounted() && s.mount().id().equals(mount.id()) && s.family() == rider.family()
                    && s.recipe().text("variant", "plain").equals(variant)) {
                return seated.drawnAs(s.recipe());
            }
        }
        return seated;
    }

    /** The species with this id; it must be one. */
    public Species get(String id) {
        Species s = byId.get(id);
        if (s == null) throw new IllegalArgumentException("no drawn creature '" + id + "'");
        return s;
    }

    /** The species of a subject of the old vocabulary. */
    public static Species of(Subject subject) {
        return bundled().get(subject.id());
    }
}
