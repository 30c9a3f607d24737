package dev.longshot.render;

import dev.longshot.world.scenery.Prop;

/** Small shared steps of the scenery builders: boxes by their vertical span, palette picks. */
final class Parts {
    private Parts() {}

    /** A solid box from {@code y0} to {@code y1} over a w × d footprint in frame f. */
    static void block(MeshBatch b, Xform f, double w, double d, double y0, double y1, int rgb) {
        Primitives.box(b, f.translate(0, (y0 + y1) / 2, 0).scale(w, y1 - y0, d), rgb);
    }

    /** A vertical post of diameter {@code dia} from y0 to y1, eight-sided. */
    static void post(MeshBatch b, Xform f, double dia, double y0, double y1, int rgb) {
        Primitives.frustum(b, f.translate(0, y0, 0).scale(1, y1 - y0, 1), 6, dia / 2, dia / 2,
                rgb);
    }

    /** One of {@code palette}, picked by the prop's seeded number {@code salt}. */
    static int pick(int[] palette, Prop p, int salt) {
        return palette[(int) (p.unit(salt) * palette.length)];
    }

    /** A colour "#rrggbb" of a recipe palette, or {@code otherwise}. */
    static int hex(Object colour, int otherwise) {
        if (colour instanceof String s && s.length() == 7 && s.charAt(0) == '#') {
            return Integer.parseInt(s.substring(1), 16);
        }
        return otherwise;
    }

    /** Colour {@code i} (wrapping) of the thing's recipe palette, or {@code otherwise}. */
    static int palette(String thing, int i, int otherwise) {
        Object list = dev.longshot.world.scenery.Things.recipe(thing).params().get("palette");
        if (list instanceof java.util.List<?> l && !l.isEmpty()) {
            return hex(l.get(Math.floorMod(i, l.size())), otherwise);
        }
        return otherwise;
    }
}
