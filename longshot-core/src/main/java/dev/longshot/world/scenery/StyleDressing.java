package dev.longshot.world.scenery;

import dev.longshot.plan.Water;
import java.util.ArrayList;
import java.util.List;

/**
 * The things a style brings to a built-up place without being asked: a chinese-classical
 * town has a city wall with a gate tower, a pagoda and red lanterns along its street; a
 * medieval-european one a castle, a windmill and torches; a greco-roman one temples,
 * columns and a statue; a modern one street lamps and cars. Nature settings take none.
 */
final class StyleDressing {
    private StyleDressing() {}

    /**
     * Ids to add to {@code asked} for {@code style} in {@code setting}; asked ones first. A
     * built-up place on running water has a bridge across it, in any style.
     */
    static List<String> things(String setting, String style, List<String> asked, Water water) {
        List<String> out = new ArrayList<>(asked);
        boolean running = water == Water.STREAM || water == Water.RIVER;
        if (builtUp(setting) && running && !out.contains("bridge")) out.add("bridge");
        if (style == null || !builtUp(setting)) return out;
        List<String> extra = switch (style) {
            case "chinese-classical" -> setting.equals("harbour")
                    ? List.of("lantern", "pagoda", "junk", "pier")
                    : List.of("city-wall", "pagoda", "lantern", "market-stall");
            case "medieval-european" -> setting.equals("harbour")
                    ? List.of("torch", "sailboat", "pier", "lighthouse")
                    : List.of("castle", "windmill", "torch", "market-stall");
            case "greco-roman" -> setting.equals("harbour")
                    ? List.of("temple", "sailboat", "pier", "statue")
                    : List.of("temple", "column", "statue");
            default -> setting.equals("harbour")
                    ? List.of("street-lamp", "ship", "pier", "lighthouse")
                    : List.of("street-lamp", "car", "bus");
        };
        for (String id : extra) if (!out.contains(id)) out.add(id);
        return out;
    }

    /**
     * Whether {@code id} is a city wall, gate or castle, placed before a layout's houses (a
     * castle asked for must find room in view, not what the houses left).
     */
    static boolean wall(String id) {
        return id.equals("city-wall") || id.equals("gate") || id.equals("castle");
    }

    /** Whether {@code id} spans water (a pier, a bridge): placed before the boats. */
    static boolean span(String id) {
        return id.equals("pier") || id.equals("bridge");
    }

    private static boolean builtUp(String setting) {
        return switch (setting) {
            case "village", "town", "city", "harbour", "ancient-city" -> true;
            default -> false;
        };
    }
}
