package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;

/**
 * The catalog's structures by id and style: arched stone bridges (a flat steel deck in the
 * modern style) and a railway viaduct's spans ({@link RailMeshes}), timber piers,
 * lighthouses, city walls and gates (brick with a gate tower in
 * chinese-classical, crenellated stone with a gatehouse in medieval-european, a triumphal
 * arch in greco-roman), pagodas, castles, windmills, market stalls, tents, statues, flags,
 * wells, waterfalls and roads. Sizes are the prop's box; colours come from the recipe.
 */
final class StructureMeshes {
    private static final int BRICK = 0x6E6A64, STONE = 0x9A948A, WOOD = 0x7A5A3A;
    private static final int LAMP = MeshBatch.GLOW | 0xFFF2C0;

    private StructureMeshes() {}

    static void build(MeshBatch b, Prop p, Terrain ground) {
        Xform f = SceneryMeshes.frame(p);
        String style = p.style() == null ? "" : p.style();
        switch (p.thing()) {
            case "bridge" -> bridge(b, f, p, style);
            case "pier" -> pier(b, f, p);
            case "lighthouse" -> lighthouse(b, f, p, ground);
            case "city-wall" -> wall(b, f, p, style);
            case "gate" -> gate(b, f, p, style);
            case "pagoda" -> StyledBuildings.pagoda(b, f, p.width(), p.height(),
                    (int) dev.longshot.world.scenery.Things.recipe("pagoda").number("tiers", 7));
            case "castle" -> CastleMesh.build(b, f, p);
            case "windmill" -> windmill(b, f, p);
            case "market-stall" -> stall(b, f, p);
            case "tent" -> Primitives.frustum(b, f.scale(1, p.height(), 1), 6, p.width() / 2, 0,
                    Parts.palette("tent", 0, 0xD8C8A0));
            case "statue" -> statue(b, f, p);
            case "flag" -> flag(b, f, p);
            case "well" -> well(b, f);
            case "station" -> StationMeshes.build(b, p);
            case "trebuchet", "catapult", "battering-ram", "siege-tower" ->
                    SiegeEngineMeshes.build(b, f, p);
            default -> Parts.block(b, f, p.width(), p.depth(), -1, p.height(), STONE);
        }
    }

    /**
     * A bridge along local z: an arch of stone voussoirs springing from both banks with a
     * parapet each side, its crown {@code height} above the water; a steel deck on piers in
     * the modern style.
     */
    private static void bridge(MeshBatch b, Xform f, Prop p, String style) {
        if (p.kind() == PropKind.STRUCTURE) {   // a stretch of railway viaduct, not over water
            RailMeshes.viaduct(b, f, p, style);
            return;
        }
        double len = p.depth(), w = p.width(), rise = p.height();
        if (style.equals("modern")) {
            Parts.block(b, f, w, len, rise - 0.8, rise, 0x5A5C60);
            for (int k = -1; k <= 1; k += 2) {
                Parts.block(b, f.translate(0, 0, k * len / 4), w * 0.5, 1.2, -3, rise - 0.8,
                        0x7A7C80);
                Parts.block(b, f.translate(k * w / 2, 0, 0), 0.15, len, rise, rise + 1.1,
                        0x3A3C40);
            }
            return;
        }
        int n = 16, stone = Terrain.lerpRgb(STONE, 0xB8AE98, p.unit(1) * 0.5);
        for (int k = 0; k < n; k++) {
            double z0 = -len / 2 + len * k / n, z1 = -len / 2 + len * (k + 1) / n;
            double y0 = archY((z0 + len / 2) / len, rise), y1 = archY((z1 + len / 2) / len, rise);
            double top = StrictMath.max(y0, y1) + 0.7, zm = (z0 + z1) / 2;
            double under = StrictMath.min(y0, y1) - 1.1;
            Parts.block(b, f.translate(0, 0, zm), w, z1 - z0 + 0.05, under, top, stone);
            for (int s = -1; s <= 1; s += 2) {
                Parts.block(b, f.translate(s * (w / 2 - 0.2), 0, zm), 0.4, z1 - z0 + 0.05, top,
                        top + 0.9, Terrain.lerpRgb(stone, 0x6A6460, 0.3));
            }
        }
    }

    /** Height of the arch's deck a fraction {@code s} (0 … 1) along it. */
    static double archY(double s, double rise) {
        double u = 2 * s - 1;
        return rise * (1 - u * u) + 0.6;
    }

    private static void pier(MeshBatch b, Xform f, Prop p) {
        double len = p.depth(), deck = p.height();
        Parts.block(b, f, p.width(), len, deck - 0.3, deck, 0x8A6A44);
        for (double z = -len / 2 + 1; z < len / 2; z += 4) {
            for (int s = -1; s <= 1; s += 2) {
                Parts.post(b, f.translate(s * (p.width() / 2 - 0.2), 0, z), 0.35, -4, deck + 0.8,
                        0x5A4430);
            }
        }
    }

    /** A banded tower with its lamp; standing in the water, on a mound of rock. */
    private static void lighthouse(MeshBatch b, Xform f, Prop p, Terrain ground) {
        double h = p.height(), r = p.width() / 2;
        if (ground.heightAt(p.x(), p.z()) < ground.waterLevel()) {
            Primitives.ellipsoid(b, f.scale(p.width() * 1.3, 3.2, p.width() * 1.1), 3, 7,
                    0x5E5A54);
        }
        Parts.block(b, f, p.width() + 1, p.width() + 1, -3, 1, STONE);
        int bands = 4;
        for (int k = 0; k < bands; k++) {
            double y0 = 1 + (h - 4) * k / bands, y1 = 1 + (h - 4) * (k + 1) / bands;
            double r0 = r * (1 - 0.35 * k / bands), r1 = r * (1 - 0.35 * (k + 1) / bands);
            Primitives.frustum(b, f.translate(0, y0, 0).scale(1, y1 - y0, 1), 10, r0, r1,
                    k % 2 == 0 ? 0xF2F0EA : 0xB02A22);
        }
        Primitives.frustum(b, f.translate(0, h - 3, 0).scale(1, 2, 1), 8, r * 0.5, r * 0.5, LAMP);
        Primitives.frustum(b, f.translate(0, h - 1, 0).scale(1, 1.5, 1), 8, r * 0.7, 0, 0x2A2A2A);
    }

    /** A stretch of wall along local z: brick with crenels, or stone with a wall walk. */
    private static void wall(MeshBatch b, Xform f, Prop p, String style) {
        double h = p.height(), len = p.depth(), w = p.width();
        int rgb = style.equals("chinese-classical") ? BRICK : STONE;
        Parts.block(b, f, w, len + 0.7, -2, h, rgb);
        for (double z = -len / 2 + 1; z < len / 2; z += 2.4) {
            Parts.block(b, f.translate(w / 2 - 0.3, 0, z), 0.6, 1.2, h, h + 1.1, rgb);
            Parts.block(b, f.translate(-w / 2 + 0.3, 0, z), 0.6, 1.2, h, h + 1.1, rgb);
        }
    }

    /** A gate across the road (opening along local z): its towers and roof by style. */
    private static void gate(MeshBatch b, Xform f, Prop p, String style) {
        double w = p.width(), d = p.depth(), h = p.height(), open = 4.5;
        int rgb = style.equals("chinese-classical") ? BRICK : STONE;
        double side = (w - open) / 2;
        for (int s = -1; s <= 1; s += 2) {
            Parts.block(b, f.translate(s * (open / 2 + side / 2), 0, 0), side, d, -2, h, rgb);
        }
        Parts.block(b, f, open, d, h * 0.6, h, rgb);                        // over the arch
        switch (style) {
            case "chinese-classical" -> StyledBuildings.hall(b, f.translate(0, h, 0), w * 0.8,
                    d * 0.8, 4, 2.6, false);                                  // gate tower
            case "medieval-european" -> {
                for (int s = -1; s <= 1; s += 2) {
                    Primitives.frustum(b, f.translate(s * w / 2, -2, 0).scale(1, h + 5, 1), 10,
                            d * 0.45, d * 0.4, STONE);
                    Primitives.frustum(b, f.translate(s * w / 2, h + 3, 0).scale(1, 4, 1), 10,
                            d * 0.5, 0, 0x3D3D44);
                }
            }
            default -> Parts.block(b, f, w + 0.6, d + 0.6, h, h + 1.4, 0xD8D0BC);  // attic
        }
    }

    private static void windmill(MeshBatch b, Xform f, Prop p) {
        double h = p.height(), r = p.width() / 2;
        Primitives.frustum(b, f.translate(0, -2, 0).scale(1, h * 0.75 + 2, 1), 8, r, r * 0.6,
                0xE0D8C4);
        Primitives.frustum(b, f.translate(0, h * 0.75, 0).scale(1, h * 0.2, 1), 8, r * 0.7, 0,
                0x6A4A30);
        Xform hub = f.translate(0, h * 0.72, r * 0.75);
        double turn = 45 * p.unit(3);
        for (int k = 0; k < 4; k++) {
            Xform arm = hub.rotateZ(turn + 90 * k).translate(0, h * 0.22, 0);
            Parts.block(b, arm, 1.4, 0.15, -h * 0.2, h * 0.2, 0xD8CCB0);
        }
    }

    private static void stall(MeshBatch b, Xform f, Prop p) {
        double w = p.width(), d = p.depth(), h = p.height();
        for (int s = 0; s < 4; s++) {
            double x = (s % 2 == 0 ? -1 : 1) * (w / 2 - 0.1), z = (s < 2 ? -1 : 1) * (d / 2 - 0.1);
            Parts.block(b, f.translate(x, 0, z), 0.12, 0.12, 0, h, WOOD);
        }
        Parts.block(b, f, w, d * 0.6, 0.8, 1.0, Parts.palette("market-stall", 0, 0xC8A070));
        Primitives.wedge(b, f.translate(0, h, 0).scale(w + 0.4, 0.7, d + 0.4),
                Parts.palette("market-stall", 1 + (int) (p.unit(2) * 3), 0xC02A2A));
        for (int k = 0; k < 4; k++) {   // wares on the counter
            Primitives.ellipsoid(b, f.translate(-w / 3 + k * w / 4.5, 1.15, 0).scale(0.22), 2, 5,
                    k % 2 == 0 ? 0xD0A030 : 0x8AA040);
        }
    }

    private static void statue(MeshBatch b, Xform f, Prop p) {
        double h = p.height();
        Parts.block(b, f, p.width(), p.width(), -1, h * 0.35, 0xB8B0A0);
        int bronze = p.style() == null || p.style().equals("greco-roman") ? 0xD8D2C4 : 0x5A6A5A;
        Primitives.frustum(b, f.translate(0, h * 0.35, 0).scale(1, h * 0.45, 1), 8, 0.45, 0.3,
                bronze);
        Primitives.ellipsoid(b, f.translate(0, h * 0.88, 0).scale(0.24), 3, 6, bronze);
    }

    /**
     * A flag on a pole, its cloth half as long as the pole is tall; or, for a prop no deeper
     * than a banner's cloth, a banner hanging from a crossbar down its host's face, with a
     * band of the second colour across it and a swallowtail foot.
     */
    private static void flag(MeshBatch b, Xform f, Prop p) {
        double h = p.height(), w = p.width();
        int cloth = Parts.palette("flag", (int) (p.unit(2) * 2), 0xC02A2A);
        int band = Parts.palette("flag", 1 + (int) (p.unit(2) * 2), 0xF0C020);
        if (p.depth() < 0.2) {
            Parts.block(b, f, w + 0.5, 0.25, h, h + 0.25, WOOD);              // crossbar
            Parts.block(b, f, w, 0.06, 1.2, h, cloth);
            Parts.block(b, f.translate(0, 0, 0.04), w, 0.04, h * 0.55, h * 0.7, band);
            for (int s = -1; s <= 1; s += 2) {                                // swallowtail
                Parts.block(b, f.translate(s * w / 4, 0, 0), w / 2 - 0.3, 0.06, 0, 1.2, cloth);
            }
            return;
        }
        double cloth0 = h * 0.42;
        Parts.post(b, f, 0.16, -0.5, h + 0.3, 0xB8B8B8);
        Parts.block(b, f.translate(cloth0 / 2 + 0.08, 0, 0), cloth0, 0.06, h - cloth0 * 0.62,
                h, cloth);
        Parts.block(b, f.translate(cloth0 / 2 + 0.08, 0, 0.04), cloth0, 0.04,
                h - cloth0 * 0.36, h - cloth0 * 0.26, band);
    }

    private static void well(MeshBatch b, Xform f) {
        Primitives.frustum(b, f.translate(0, -0.5, 0).scale(1, 1.3, 1), 10, 0.9, 0.9, STONE);
        Primitives.ellipsoid(b, f.translate(0, 0.8, 0).scale(0.7, 0.02, 0.7), 2, 8, 0x203040);
        Parts.block(b, f.translate(-0.9, 0, 0), 0.12, 0.12, 0.8, 2.2, WOOD);
        Parts.block(b, f.translate(0.9, 0, 0), 0.12, 0.12, 0.8, 2.2, WOOD);
        Primitives.wedge(b, f.translate(0, 2.2, 0).scale(2.2, 0.6, 1.4), 0x6A4A30);
    }

    /** Water falling down a rock face, white foam where it lands. */
    static void waterfall(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        double h = p.height(), w = p.width();
        Parts.block(b, f.translate(0, 0, -2), w * 1.6, 6, -2, h + 2, 0x6A6660);
        Parts.block(b, f.translate(0, 0, 1.2), w * 0.4, 0.6, 0, h, 0xE4EEF4);
        Parts.block(b, f.translate(0, 0, 1.6), w * 0.25, 0.4, 0, h * 0.95, 0xC8DCEA);
        Primitives.ellipsoid(b, f.translate(0, 0.3, 2.5).scale(w * 0.35, 0.9, 2.2), 3, 7,
                0xF2F6F8);
    }

    /** A strip of road draped on the ground. */
    static void road(MeshBatch b, Prop p, Terrain ground) {
        Xform f = Xform.at(p.x(), 0, p.z()).rotateY(p.yawDeg());
        int rgb = p.style() != null && p.style().equals("chinese-classical") ? 0x8E8a80
                : p.style() != null && p.style().equals("medieval-european") ? 0x7A746A : 0x4A4B50;
        int[] l = new int[3], r = new int[3];
        for (int k = 0; k < 3; k++) {
            double along = p.depth() * (k / 2.0 - 0.5);
            l[k] = SceneryMeshes.draped(b, f, ground, -p.width() / 2, along, rgb, 0.08);
            r[k] = SceneryMeshes.draped(b, f, ground, p.width() / 2, along, rgb, 0.08);
        }
        for (int k = 0; k < 2; k++) {
            Primitives.wound(b, l[k], r[k], r[k + 1]);
            Primitives.wound(b, l[k], r[k + 1], l[k + 1]);
        }
    }
}
