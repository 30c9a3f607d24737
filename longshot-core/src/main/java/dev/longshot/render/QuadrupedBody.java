package dev.longshot.render;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.world.creature.CoatColour;
import dev.longshot.world.creature.QuadrupedProportions;
import dev.longshot.world.creature.Species;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A four-legged body read from a catalog recipe, metres at size 1: the trunk (an ellipsoid),
 * legs, neck and head, and the named parts — trunk, horns, mane, ears, tail, pattern — that
 * make a species recognisable. Read once per species.
 *
 * @param length    trunk length
 * @param depth     trunk height
 * @param width     trunk width
 * @param leg       hip height
 * @param limb      leg thickness
 * @param neck      neck length
 * @param neckPitch neck angle above level, degrees
 * @param head      head length
 * @param coat      main colour
 * @param mark      second colour (stripes, spots, belly, mane)
 * @param gait      walk, trot, gallop, waddle, hop or crawl
 * @param sprawl    legs out to the sides (a crocodile)
 * @param recipe    the rest: trunk, horns, mane, ears, tail, pattern, coat, grazes, coats
 */
record QuadrupedBody(double length, double depth, double width, double leg, double limb,
        double neck, double neckPitch, double head, int coat, int mark, String gait,
        boolean sprawl, CatalogRecipe recipe) {
    private static final Map<String, QuadrupedBody> READ = new ConcurrentHashMap<>();

    static QuadrupedBody of(Species s) {
        // A coat a line gave (a black cat) is a body of its own.
        String coat = s.recipe().text(CoatColour.KEY, "");
        return READ.computeIfAbsent(coat.isEmpty() ? s.id() : s.id() + coat,
                id -> read(s.recipe()));
    }

    private static QuadrupedBody read(CatalogRecipe r) {
        QuadrupedProportions p = QuadrupedProportions.of(r);
        double limb = r.number("limb", 0.1 * p.depth() + 0.045 * p.leg());
        int coat = CreatureLook.colour(r, 0, 0x8A7A6A);
        int mark = CreatureLook.colours(r) > 1 ? CreatureLook.colour(r, 1, coat)
                : CreatureLook.darker(coat);
        String gait = r.text("gait", "walk");
        return new QuadrupedBody(p.length(), p.depth(), p.width(), p.leg(), limb, p.neck(),
                p.neckPitch(), p.head(), coat, mark, gait, gait.equals("crawl"), r);
    }

    /** A text part of the recipe ({@code horns}, {@code tail} …), {@code none} when absent. */
    String part(String key) {
        Object v = recipe.params().get(key);
        if (v instanceof Boolean b) return b ? "yes" : "none";
        return v instanceof String s ? s : "none";
    }
}
