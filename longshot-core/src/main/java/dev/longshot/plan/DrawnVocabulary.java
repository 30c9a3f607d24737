package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one adapter from catalog ids (format {@code longshot-plan/2}) to the old vocabulary
 * enums the world and the learned memory still read: an id becomes the drawn entry at the end
 * of its fallback chain ({@code elephant} → {@code bear}, {@code harbour} → {@code coast}),
 * or nothing when no drawn entry stands in for it. A drawn entry that no old value names gets
 * the old value nearest it ({@link #NEAREST_OLD}), so code still reading the old enums sees
 * the scene change.
 */
public final class DrawnVocabulary {
    /**
     * Drawn entries newer than the old enums, and the old value each is nearest to: the same
     * bases the world builds them on (a savanna is open grassland, a harbour a coast, a town a
     * village, farmland open fields, a jungle a forest, a pond a small lake); dust hangs in
     * the air like fog.
     */
    static final Map<String, String> NEAREST_OLD = Map.of("savanna", "grassland",
            "farmland", "grassland", "harbour", "coast", "town", "village", "jungle", "forest",
            "pond", "lake", "dust", "fog");

    private final Catalog catalog;

    public DrawnVocabulary(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The bundled catalog's adapter. */
    public static DrawnVocabulary bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final DrawnVocabulary INSTANCE = new DrawnVocabulary(Catalog.bundled());
    }

    /**
     * The enum value of {@code values} that shows catalog entry {@code id}, if any: the single
     * mapping every other method here goes through.
     */
    public <E extends Enum<E> & VocabularyTerm> Optional<E> drawn(E[] values, String id) {
        if (id == null) return Optional.empty();
        Optional<CatalogEntry> shown = catalog.byId(id).flatMap(catalog::shownAs);
        if (shown.isEmpty()) return Optional.empty();
        String drawnId = shown.get().id();
        Optional<E> named = named(values, drawnId);
        return named.isPresent() ? named
                : named(values, NEAREST_OLD.getOrDefault(drawnId, drawnId));
    }

    private static <E extends Enum<E> & VocabularyTerm> Optional<E> named(E[] values,
            String id) {
        for (E v : values) {
            if (v.id().equals(id)) return Optional.of(v);
        }
        return Optional.empty();
    }

    /** The drawn subjects that stand for {@code refs} (those with none are left out). */
    public Set<Subject> subjects(List<SubjectRef> refs) {
        EnumSet<Subject> out = EnumSet.noneOf(Subject.class);
        for (SubjectRef r : refs) drawn(Subject.values(), r.id()).ifPresent(out::add);
        return out;
    }

    /** The drawn setting of a catalog setting id (forest when it has none). */
    public Setting setting(String id) {
        return drawn(Setting.values(), id).orElse(Setting.FOREST);
    }

    /** The drawn water (none when it has none). */
    public Water water(String id) {
        return drawn(Water.values(), id).orElse(Water.NONE);
    }

    /** The drawn time of day; morning when nothing named one yet. */
    public TimeOfDay timeOfDay(String id) {
        return drawn(TimeOfDay.values(), id).orElse(TimeOfDay.MORNING);
    }

    /** The drawn weather; clear when nothing named one yet. */
    public Weather weather(String id) {
        return drawn(Weather.values(), id).orElse(Weather.CLEAR);
    }

    /** The old camera move nearest to a plan/2 move. */
    public static CameraMove move(String move) {
        return switch (move) {
            case "whip-pan" -> CameraMove.PAN;
            case "dolly-in", "dolly-out" -> CameraMove.DOLLY;
            case "crane-up", "crane-down" -> CameraMove.CRANE;
            case "zoom-in", "zoom-out", "crash-zoom" -> CameraMove.ZOOM;
            default -> CameraMove.fromId(move);
        };
    }

    /** The old transition nearest to a plan/2 transition (fades dissolve). */
    public static Transition transition(String id) {
        return switch (id) {
            case "fade-in", "fade-out" -> Transition.DISSOLVE;
            default -> Transition.fromId(id);
        };
    }
}
