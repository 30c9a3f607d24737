package dev.longshot.render;

import dev.longshot.catalog.CatalogRecipe;
import java.util.Set;

/**
 * What a person of a trade wears and carries, from the recipe of a people role (farmer,
 * fisherman, merchant, monk, porter, scholar): clothes in the palette's first colour (its
 * second for the trousers, a shade of the first when it has one colour), a {@code robe}
 * ({@code long} to the ankles or {@code knee}), a {@code hat} ({@code straw} cone,
 * {@code scholar}'s black cap, {@code cap}), a shaven head ({@code bald}) and a
 * {@code prop} ({@code rod}, {@code hoe}, {@code pole-baskets}). Plain people, children,
 * crowds and soldiers have no role: their clothes are drawn per person.
 */
record PersonRole(int clothes, int trousers, String robe, String hat, String prop,
        boolean bald) {
    private static final Set<String> NO_ROLE = Set.of("plain", "child", "group", "armoured");

    /** The role of {@code r}, or null for a person without one. */
    static PersonRole of(CatalogRecipe r) {
        if (NO_ROLE.contains(r.text("variant", "plain"))) return null;
        int clothes = CreatureLook.colour(r, 0, 0x7A6A4A);
        int trousers = CreatureLook.colours(r) > 1 ? CreatureLook.colour(r, 1, clothes)
                : CreatureLook.darker(clothes);
        String prop = r.text("prop", r.text("load", "none").equals("pole") ? "pole-baskets"
                : "none");
        return new PersonRole(clothes, trousers, r.text("robe", "none"), r.text("hat", "none"),
                prop, CreatureLook.flag(r, "bald"));
    }

    /** True when a robe hides the legs down to {@code y} above the feet or lower. */
    double robeHem() {
        return switch (robe) {
            case "long" -> 0.1;
            case "knee" -> 0.5;
            default -> Double.NaN;
        };
    }
}
