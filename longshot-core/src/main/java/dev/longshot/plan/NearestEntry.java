package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Open vocabulary by meaning: the catalog entry nearest to a word no entry names, by the
 * sentence-embedding model, compared within the word's own language (cross-lingual matching
 * is weak in every packaged model: DEPENDENCIES.md). The catalog's phrasings of a language
 * are embedded once, on first use; each word once (the embedder caches), so an hour of
 * storyboard costs one embedding per distinct word.
 */
public final class NearestEntry {
    /**
     * Cosine similarity at or above which a word is shown as its nearest entry; chosen on the
     * development part of the labelled set ({@code eval-plan --v2}).
     */
    public static final double THRESHOLD = 0.80;
    /**
     * The English threshold: the bundled model is a Chinese one and matches English words
     * mostly by spelling ("busy" ~ bus at 0.93), so only near-synonyms pass.
     */
    public static final double THRESHOLD_EN = 0.95;
    /** Kinds a noun can stand for: things to show, not camera terms. */
    private static final Set<CatalogKind> KINDS = EnumSet.of(CatalogKind.CREATURE,
            CatalogKind.THING, CatalogKind.WEATHER, CatalogKind.SKY);

    /** A near entry and how near. */
    public record Match(CatalogEntry entry, double similarity) {}

    private record Phrasing(CatalogEntry entry, float[] vector) {}

    private final Catalog catalog;
    private final SentenceEmbedder embedder;
    private final double threshold;
    private final double thresholdEn;
    private List<Phrasing> chinese;
    private List<Phrasing> english;

    /** @param threshold for Chinese words; {@code thresholdEn} for the others */
    public NearestEntry(Catalog catalog, SentenceEmbedder embedder, double threshold,
            double thresholdEn) {
        this.catalog = catalog;
        this.embedder = embedder;
        this.threshold = threshold;
        this.thresholdEn = thresholdEn;
    }

    /** The nearest entry when it is near enough, else null. */
    public Match near(String word) {
        Match best = nearest(word);
        double min = han(word) ? threshold : thresholdEn;
        return best != null && best.similarity() >= min ? best : null;
    }

    private static boolean han(String word) {
        return word.codePoints().anyMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The nearest entry of the word's language, however far (null for an empty catalog). */
    public synchronized Match nearest(String word) {
        List<Phrasing> pool = han(word) ? chinese() : english();
        float[] v = embedder.embed(word);
        Match best = null;
        for (Phrasing p : pool) {
            double s = 0;
            for (int i = 0; i < v.length; i++) s += v[i] * p.vector()[i];
            if (best == null || s > best.similarity()) best = new Match(p.entry(), s);
        }
        return best == null ? null : new Match(best.entry(),
                Math.round(best.similarity() * 1000) / 1000.0);
    }

    private List<Phrasing> chinese() {
        if (chinese == null) chinese = embed(true);
        return chinese;
    }

    private List<Phrasing> english() {
        if (english == null) english = embed(false);
        return english;
    }

    private List<Phrasing> embed(boolean zh) {
        List<Phrasing> out = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            if (!KINDS.contains(e.kind())) continue;
            for (String p : zh ? e.zh() : e.en()) out.add(new Phrasing(e, embedder.embed(p)));
        }
        return List.copyOf(out);
    }
}
