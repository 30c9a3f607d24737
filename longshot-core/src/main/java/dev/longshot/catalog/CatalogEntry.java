package dev.longshot.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a storyboard can ask for.
 *
 * @param id       lower-case hyphenated id, unique in the catalog ({@code elephant})
 * @param kind     what it is
 * @param sub      for {@link CatalogKind#SHOT}: move, size, angle, support, lens, speed, focus
 *                 or transition; {@code null} for other kinds
 * @param drawn    whether today's renderer shows it
 * @param fallback id of the entry of the same kind (and sub-kind) shown in its place until it
 *                 is drawn, or {@code null}: then it is not shown at all
 * @param zh       Chinese phrasings; the first is its Chinese name
 * @param en       English phrasings; the first is its English name
 * @param recipe   what the world builds it from
 */
public record CatalogEntry(String id, CatalogKind kind, String sub, boolean drawn,
        String fallback, List<String> zh, List<String> en, CatalogRecipe recipe) {
    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        Objects.requireNonNull(recipe, "recipe");
    }

    /** The English name (the first English phrasing). */
    public String englishName() {
        return en.isEmpty() ? id : en.get(0);
    }

    /** The Chinese name (the first Chinese phrasing). */
    public String chineseName() {
        return zh.isEmpty() ? "" : zh.get(0);
    }

    /** The fallback's id, when the entry has one. */
    public Optional<String> fallbackId() {
        return Optional.ofNullable(fallback);
    }

    /** Kind and sub-kind as one label: {@code creature}, {@code shot/angle}. */
    public String kindLabel() {
        return sub == null ? kind.id() : kind.id() + "/" + sub;
    }
}
