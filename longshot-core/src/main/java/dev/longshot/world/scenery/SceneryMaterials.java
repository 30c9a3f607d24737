package dev.longshot.world.scenery;

import dev.longshot.world.MaterialParams;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * One material per kind of thing in a place (e.g. {@code prop-tower}), in kind order, for the
 * material-consistency check: a place's things keep their look while the scene lasts. The
 * albedo is a stable summary of the kind's variants, not any one prop's colour.
 */
final class SceneryMaterials {
    private SceneryMaterials() {}

    static List<MaterialParams> of(List<Prop> props) {
        EnumSet<PropKind> kinds = EnumSet.noneOf(PropKind.class);
        for (Prop p : props) kinds.add(p.kind());
        List<MaterialParams> out = new ArrayList<>();
        for (PropKind k : kinds) out.add(new MaterialParams("prop-" + k.id(), albedo(k), Double.NaN));
        return out;
    }

    private static int albedo(PropKind k) {
        return switch (k) {
            case CONIFER -> 0x3A6128;
            case BROADLEAF -> 0x628A32;
            case SNOWY_CONIFER -> 0xD8E0E4;
            case BUSH -> 0x54742C;
            case ROCK -> 0x7A7670;
            case HOUSE, FENCE -> 0xB89A70;
            case TOWER -> 0x9A9A96;
            case TEMPLE, COLUMN, BROKEN_COLUMN, FALLEN_COLUMN, WALL_RUIN -> 0xC8B890;
            case LAVA_POOL, LAVA_FLOW -> 0xFF6A14;
            case SMOKE -> 0x6A6664;
            case VEHICLE -> 0x8A8A90;
            case STRUCTURE, ROAD, SPAN, RAIL -> 0xA09A8E;
            case LIGHT -> 0xFFB060;
            case SHAPED_TREE, PLANT -> 0x5A7A34;
            case WATERFALL -> 0xE8F0F4;
        };
    }
}
