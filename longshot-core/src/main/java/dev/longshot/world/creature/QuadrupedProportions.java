package dev.longshot.world.creature;

import dev.longshot.catalog.CatalogRecipe;

/**
 * A four-legged body's proportions read from its catalog recipe, metres at size 1: the one
 * reading the renderer builds the body from and the camera finds the head with, so the two
 * never drift apart.
 *
 * @param length    trunk length (0.84 of the recipe's body length)
 * @param depth     trunk height
 * @param width     trunk width
 * @param leg       hip height (0.92 of the recipe's leg length)
 * @param neck      neck length
 * @param neckPitch neck angle above level, degrees
 * @param head      head length
 */
public record QuadrupedProportions(double length, double depth, double width, double leg,
        double neck, double neckPitch, double head) {

    /** The proportions {@code r} gives, with the family's defaults for what it leaves out. */
    public static QuadrupedProportions of(CatalogRecipe r) {
        double length = r.number("bodyLength", 1.5) * 0.84;
        String kind = r.text("neck", "short");
        double neck = r.number("neckLength", switch (kind) {
            case "very-long" -> 0.9 * length;
            case "long" -> 0.41 * length;
            default -> 0.2 * length;
        });
        double pitch = r.number("neckPitch", switch (kind) {
            case "very-long" -> 68;
            case "long" -> 52;
            default -> 25;
        });
        return new QuadrupedProportions(length, length * r.number("girth", 0.4),
                length * r.number("breadth", 0.3), r.number("legLength", 0.8) * 0.92, neck,
                pitch, length * r.number("headLength", 0.26));
    }
}
