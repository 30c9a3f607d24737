package dev.longshot.world.scenery;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a style's town houses look, read from the {@code houses} map of its catalog recipe:
 * facade and roof colours, roof types, how many storeys, how many have a shopfront, the trim
 * (doors, sills, shutters) and awning colours. Every choice is a pick by the house's seeded
 * numbers ({@link Prop#unit}), so a street is varied and the same every frame.
 *
 * @param facades     wall colours, 0xRRGGBB
 * @param roofs       roof colours
 * @param roofTypes   roof shapes to pick from: flat, gable, steep, curved
 * @param minStoreys  fewest storeys of a town house (0 when the style leaves it to the layout)
 * @param maxStoreys  most storeys
 * @param shopShare   share of houses with a shopfront on the street side
 * @param trim        colour of doors, sills and parapets
 * @param awnings     colours of shop awnings
 */
public record HouseFamily(int[] facades, int[] roofs, List<Roof> roofTypes, int minStoreys,
        int maxStoreys, double shopShare, int trim, int[] awnings) {

    /** Height of one storey, metres; a window per storey sits {@link #SILL} above its floor. */
    public static final double STOREY = 3.4;
    public static final double SILL = 1.1;

    /** The shape of a house's roof. */
    public enum Roof { FLAT, GABLE, STEEP, CURVED }

    private static final Map<String, HouseFamily> BY_STYLE = new HashMap<>();

    /** The family of {@code style}, or null when the style (or null: nature) has none. */
    public static HouseFamily of(String style) {
        if (style == null) return null;
        synchronized (BY_STYLE) {
            return BY_STYLE.computeIfAbsent(style, HouseFamily::read);
        }
    }

    private static HouseFamily read(String style) {
        CatalogEntry e = Catalog.bundled().byId(style).orElse(null);
        if (e == null || e.kind() != CatalogKind.STYLE
                || !(e.recipe().params().get("houses") instanceof Map<?, ?> m)) {
            return null;
        }
        int[] facades = colours(m.get("facades"), 0xE2DACA);
        List<Roof> roofs = m.get("roofTypes") instanceof List<?> l && !l.isEmpty()
                ? l.stream().map(x -> Roof.valueOf(String.valueOf(x)
                        .toUpperCase(java.util.Locale.ROOT))).toList()
                : List.of(Roof.GABLE);
        int lo = 0, hi = 0;
        if (m.get("storeys") instanceof List<?> s && s.size() == 2
                && s.get(0) instanceof Number a && s.get(1) instanceof Number b) {
            lo = a.intValue();
            hi = StrictMath.max(lo, b.intValue());
        }
        double shops = m.get("shopShare") instanceof Number n ? n.doubleValue() : 0;
        int trim = colours(m.get("trim"), 0x4A3424)[0];
        return new HouseFamily(facades, colours(m.get("roofs"), 0x4C4C54), roofs, lo, hi, shops,
                trim, colours(m.get("awnings"), trim));
    }

    /** Colours of a "#rrggbb" list (or one such string), or {@code otherwise} alone. */
    private static int[] colours(Object o, int otherwise) {
        List<?> l = o instanceof List<?> list ? list : o == null ? List.of() : List.of(o);
        int[] out = l.stream().filter(x -> x instanceof String s && s.length() == 7
                && s.charAt(0) == '#').mapToInt(x -> Integer.parseInt(((String) x)
                .substring(1), 16)).toArray();
        return out.length == 0 ? new int[] {otherwise} : out;
    }

    /** Wall colour of house {@code p}. */
    public int facade(Prop p) {
        return facades[(int) (p.unit(61) * facades.length)];
    }

    /** Roof colour of house {@code p}. */
    public int roof(Prop p) {
        return roofs[(int) (p.unit(62) * roofs.length)];
    }

    /** Roof shape of house {@code p}. */
    public Roof roofType(Prop p) {
        return roofTypes.get((int) (p.unit(63) * roofTypes.size()));
    }

    /** Whether house {@code p} has a shopfront on its street side. */
    public boolean shop(Prop p) {
        return p.thing().equals("shopfront") || p.unit(64) < shopShare;
    }

    /** Awning colour of house {@code p}'s shopfront. */
    public int awning(Prop p) {
        return awnings[(int) (p.unit(65) * awnings.length)];
    }

    /**
     * Wall height of a town house of this style, from a seeded {@code unit}: whole storeys
     * and room above the top row of windows; {@code otherwise} when the style sets none.
     */
    public double walls(double unit, double otherwise) {
        if (minStoreys <= 0) return otherwise;
        int n = minStoreys + (int) (unit * (maxStoreys - minStoreys + 1));
        return STOREY * n + 1.0;
    }
}
