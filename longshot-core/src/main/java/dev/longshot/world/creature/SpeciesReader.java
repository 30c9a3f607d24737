package dev.longshot.world.creature;

import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogRecipe;
import java.util.List;

/**
 * Reads a species from its catalog recipe. Every trait has a default that follows from the
 * body (a longer body is a bigger collision sphere, longer legs walk faster, a wider wing
 * span flies faster), and any trait the recipe states wins: {@code group: [min, max]},
 * {@code radius}, {@code walk}, {@code run}, {@code accel}, {@code stride}, {@code spacing},
 * {@code spawn: [near, far]}, {@code wade}, {@code eye}, {@code sizeSpread},
 * {@code behaviour}, {@code nearWater}. A bird whose {@code flight} is {@code walk} or
 * {@code none} (a peacock, a chicken, a penguin) lives on the ground, not in the air.
 */
final class SpeciesReader {
    private SpeciesReader() {}

    static Species read(CatalogEntry e, int rank, Family family) {
        CatalogRecipe r = e.recipe();
        Defaults d = switch (family) {
            case QUADRUPED -> quadruped(r);
            case BIRD -> bird(r);
            case MARINE -> marine(r);
            case PERSON -> person(r);
        };
        int[] group = pair(r, "group", d.minGroup, d.maxGroup);
        double[] spawn = range(r, "spawn", d.spawnNear, d.spawnFar);
        double walk = r.number("walk", d.walk);
        SubjectTraits t = new SubjectTraits(group[0], group[1], r.number("radius", d.radius),
                walk, r.number("run", d.run), r.number("accel", d.accel),
                r.number("stride", d.stride), habitat(family, r), r.number("spacing", d.spacing),
                spawn[0], spawn[1], r.number("wade", family == Family.QUADRUPED
                        || family == Family.PERSON ? 0.25 : 0));
        Behaviour b = Behaviour.of(r.text("behaviour", d.behaviour));
        boolean nearWater = Boolean.TRUE.equals(r.params().get("nearWater"));
        return new Species(e.id(), rank, family, t, b, nearWater,
                r.number("sizeSpread", 0.2), r.number("eye", d.eye), r, null);
    }

    /** Where a body of this family and recipe lives: flightless birds walk. */
    static Habitat habitat(Family family, CatalogRecipe r) {
        return family == Family.BIRD && grounded(r) ? Habitat.LAND : family.habitat();
    }

    private static boolean grounded(CatalogRecipe r) {
        String flight = r.text("flight", "flap");
        return flight.equals("walk") || flight.equals("none");
    }

    /** What a recipe leaves unsaid, from its body. */
    private record Defaults(int minGroup, int maxGroup, double radius, double walk, double run,
            double accel, double stride, double spacing, double spawnNear, double spawnFar,
            double eye, String behaviour) {}

    private static Defaults quadruped(CatalogRecipe r) {
        double length = r.number("bodyLength", 1.5), leg = r.number("legLength", 0.8);
        double walk = 0.5 + 0.6 * leg;
        double pace = switch (r.text("gait", "walk")) {
            case "gallop" -> 5.5;
            case "trot", "hop" -> 4.5;
            case "waddle", "crawl" -> 2;
            default -> 3;
        };
        double neck = switch (r.text("neck", "short")) {
            case "very-long" -> 3;
            case "long" -> 1.2;
            default -> 0.6;
        };
        double near = 14 + 3 * length;
        return new Defaults(1, 3, 0.28 * length, walk, walk * pace, 6, 1.7 * leg,
                0.9 * length + 0.3, near, near * 2, leg + 0.25 * length * neck, "roam");
    }

    private static Defaults bird(CatalogRecipe r) {
        double span = r.number("span", 0.5);
        if (grounded(r)) {
            // A walking bird: short quick steps, a small flock, its eyes atop its legs.
            double walk = 0.4 + 0.4 * span;
            double tall = span * ("long".equals(r.text("legs", "short")) ? 0.75 : 0.55);
            return new Defaults(2, 5, 0.25 * span + 0.1, walk, walk * 3, 4, 0.2 + 0.25 * span,
                    0.8 * span + 0.5, 10, 22, tall, "roam");
        }
        boolean soar = "soar".equals(r.text("flight", "flap"));
        double walk = 5 + 2.5 * span;
        double near = 25 + 6 * span;
        return new Defaults(soar ? 1 : 4, soar ? 2 : 10, 0.3 * span + 0.1, walk, walk * 1.5,
                soar ? 6 : 8, soar ? 1.6 * span : 0.2 + 0.1 * span, 1.2 * span + 0.4, near,
                near + 20, 0, soar ? "circle" : "roam");
    }

    private static Defaults marine(CatalogRecipe r) {
        double length = r.number("length", 0.6);
        double near = 12 + 2 * length;
        return new Defaults(1, 2, 0.25 * length, 0.6 + 0.3 * length, 1.5 + 0.8 * length, 3,
                0.5 + 0.25 * length, 1.2 * length, near, near + 30, 0, "roam");
    }

    private static Defaults person(CatalogRecipe r) {
        double scale = r.number("scale", 1);
        return new Defaults(1, 2, 0.3 * scale, 1.3 * scale, 3.5 * scale, 6, 0.9 * scale,
                1.4, 12, 20, 1.62 * scale, "roam");
    }

    private static int[] pair(CatalogRecipe r, String key, int a, int b) {
        if (r.params().get(key) instanceof List<?> l && l.size() == 2
                && l.get(0) instanceof Number x && l.get(1) instanceof Number y) {
            return new int[] {x.intValue(), y.intValue()};
        }
        return new int[] {a, b};
    }

    private static double[] range(CatalogRecipe r, String key, double a, double b) {
        if (r.params().get(key) instanceof List<?> l && l.size() == 2
                && l.get(0) instanceof Number x && l.get(1) instanceof Number y) {
            return new double[] {x.doubleValue(), y.doubleValue()};
        }
        return new double[] {a, b};
    }
}
