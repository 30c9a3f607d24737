package dev.longshot.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * What the world and renderer build an entry from: a mesh or effect {@code family}
 * (quadruped, bird, marine, person, vehicle, structure, light, tree, setting, camera…) and its
 * parameters as read from the catalog (numbers, strings, booleans, lists, nested maps), in file
 * order. Adding a creature of an existing family is new parameters, not a new class.
 */
public record CatalogRecipe(String family, Map<String, Object> params) {
    public CatalogRecipe {
        Objects.requireNonNull(family, "family");
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** A numeric parameter, or {@code otherwise} when absent or not a number. */
    public double number(String key, double otherwise) {
        return params.get(key) instanceof Number n ? n.doubleValue() : otherwise;
    }

    /** Whether a yes/no parameter is {@code true} (absent or not a boolean: no). */
    public boolean flag(String key) {
        return Boolean.TRUE.equals(params.get(key));
    }

    /** A text parameter, or {@code otherwise} when absent or not text. */
    public String text(String key, String otherwise) {
        return params.get(key) instanceof String s ? s : otherwise;
    }
}
