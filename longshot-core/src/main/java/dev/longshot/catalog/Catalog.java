package dev.longshot.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every entry a storyboard can ask for, read once from {@code catalog.json} and checked whole:
 * a catalog with a problem is never half-used. Lookups by id, by kind and by phrasing.
 * Immutable and safe to share between threads.
 */
public final class Catalog {
    /** The bundled catalog's resource, next to this class. */
    public static final String RESOURCE = "catalog.json";

    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byId = new HashMap<>();
    private final Map<CatalogKind, List<CatalogEntry>> byKind = new EnumMap<>(CatalogKind.class);
    private final Map<CatalogKind, Map<String, CatalogEntry>> byPhrasing =
            new EnumMap<>(CatalogKind.class);

    private Catalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
        for (CatalogKind k : CatalogKind.values()) {
            byKind.put(k, new ArrayList<>());
            byPhrasing.put(k, new HashMap<>());
        }
        for (CatalogEntry e : this.entries) {
            byId.put(e.id(), e);
            byKind.get(e.kind()).add(e);
            for (String p : phrasingsOf(e)) byPhrasing.get(e.kind()).put(normalize(p), e);
        }
        byKind.replaceAll((k, list) -> List.copyOf(list));
    }

    /** The catalog inside longshot-core, read and checked on first use. */
    public static Catalog bundled() {
        return Bundled.CATALOG;
    }

    private static final class Bundled {
        static final Catalog CATALOG = readBundled();

        private static Catalog readBundled() {
            try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
                return read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads and checks a catalog.
     *
     * @param source named in error messages (a file name)
     * @throws CatalogException listing every problem when the catalog is not sound
     */
    public static Catalog read(InputStream in, String source) throws IOException {
        CatalogReader reader = new CatalogReader();
        List<CatalogEntry> entries = reader.read(in);
        List<String> problems = new ArrayList<>(reader.problems());
        if (problems.isEmpty()) problems.addAll(CatalogChecks.problems(entries));
        if (!problems.isEmpty()) throw new CatalogException(source, problems);
        return new Catalog(entries);
    }

    /** Every entry, in catalog order (by kind, then as listed). */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** The entry with this id. */
    public Optional<CatalogEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entries of one kind, in catalog order. */
    public List<CatalogEntry> ofKind(CatalogKind kind) {
        return byKind.get(kind);
    }

    /** The entry of {@code kind} that {@code phrasing} names (case and spacing ignored). */
    public Optional<CatalogEntry> byPhrasing(CatalogKind kind, String phrasing) {
        return Optional.ofNullable(byPhrasing.get(kind).get(normalize(phrasing)));
    }

    /** Every entry, of any kind, that {@code phrasing} names, in kind order ("crane"). */
    public List<CatalogEntry> byPhrasing(String phrasing) {
        String key = normalize(phrasing);
        List<CatalogEntry> out = new ArrayList<>();
        for (CatalogKind k : CatalogKind.values()) {
            CatalogEntry e = byPhrasing.get(k).get(key);
            if (e != null) out.add(e);
        }
        return out;
    }

    /**
     * What the renderer shows for {@code entry}: itself when drawn, else the end of its
     * fallback chain; empty when nothing stands in for it yet.
     */
    public Optional<CatalogEntry> shownAs(CatalogEntry entry) {
        CatalogEntry at = entry;
        while (!at.drawn()) {
            if (at.fallback() == null) return Optional.empty();
            at = byId.get(at.fallback()); // checked on load: the chain ends at a drawn entry
        }
        return Optional.of(at);
    }

    /** Chinese then English phrasings of an entry. */
    static List<String> phrasingsOf(CatalogEntry e) {
        List<String> all = new ArrayList<>(e.zh());
        all.addAll(e.en());
        return all;
    }

    /** The form phrasings are compared in: trimmed, lower-case, single spaces. */
    public static String normalize(String phrasing) {
        String s = phrasing.strip();
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = !Character.isUpperCase(c) && !(Character.isWhitespace(c) && (c != ' '
                    || s.charAt(i + 1) == ' '));
        }
        // The common case (already lower-case, single spaces) costs no copy: the splitter
        // calls this for every run of words it tries.
        return plain ? s : WHITESPACE.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern WHITESPACE =
            java.util.regex.Pattern.compile("\\s+");
}
