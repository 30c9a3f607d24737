package dev.longshot.world.scenery;

import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;

/**
 * Where the catalog's structures stand: most at seeded spots in the view (a count and a
 * size per id, the recipe's {@code height} where it gives one), market stalls and fences
 * along the road, a city wall across the view with its gate on the road, a bridge across
 * the water north of the spawn point, a pier into it and a lighthouse on its shore.
 */
final class StructureLayout {
    /** How many, how big (width, depth, height) and how far (near, far) per id. */
    record Size(int count, double w, double d, double h, double near, double far) {}

    /** Least distance from a harbour's camera to its lighthouse, metres. */
    private static final double HARBOUR_MOUTH = 90;

    private StructureLayout() {}

    private static Size size(String id) {
        return switch (id) {
            case "house", "shopfront" -> new Size(6, 8, 10, 7, 35, 200);
            case "tower" -> new Size(2, 12, 12, 60, 90, 320);
            case "temple" -> new Size(1, 26, 40, 16, 90, 200);
            case "palace" -> new Size(1, 34, 50, 20, 120, 260);
            case "pagoda" -> new Size(1, 10, 10, 30, 70, 200);
            case "castle" -> new Size(1, 44, 44, 30, 75, 125);
            case "windmill" -> new Size(2, 7, 7, 18, 60, 260);
            case "tent" -> new Size(5, 4, 4, 2.6, 20, 90);
            case "statue" -> new Size(1, 2.2, 2.2, 4, 26, 60);
            case "flag" -> new Size(4, 0.5, 0.5, 8, 16, 55);
            case "trebuchet" -> new Size(1, 6, 9, 11, 35, 75);
            case "catapult" -> new Size(2, 3.2, 5, 3.4, 26, 55);
            case "battering-ram" -> new Size(1, 3, 7, 3, 26, 50);
            case "siege-tower" -> new Size(1, 6, 6, 14, 40, 80);
            case "column" -> new Size(8, 1.6, 1.6, 9, 30, 160);
            case "ruin" -> new Size(6, 12, 1.4, 4, 40, 200);
            case "well" -> new Size(1, 1.8, 1.8, 1, 20, 50);
            default -> new Size(2, 4, 4, 4, 30, 120);
        };
    }

    static void place(Placement at, String id, CatalogRecipe r, long h) {
        switch (id) {
            case "bridge" -> {
                if (at.railway() != null && at.railway().bridge()) return; // the viaduct
                if (at.waterTown()) WaterTownLayout.bridge(at, r, h);
                else bridge(at, r, h);
            }
            case "pier" -> pier(at, r, h);
            case "lighthouse" -> lighthouse(at, r, h);
            case "city-wall" -> cityWall(at, r, h);
            case "gate" -> {
                for (int k = 0; k < 6 && !gate(at, r, h, at.spawn().z() - 95 - 16 * k); k++) {
                    // further up the road until there is room
                }
            }
            case "road" -> road(at, h);
            case "castle" -> castle(at, r, h);
            case "tower" -> {
                if (!castleTowers(at, r, h)) scatter(at, id, r, h);
            }
            case "market-stall" -> roadside(at, id, 8, 3.2, 2.4, 2.8, h);
            case "fence" -> roadside(at, id, 14, 3, 0.12, 1.1, h);
            case "flag" -> Banners.place(at, size("flag"), h);
            default -> {
                if (r.flag("siege")) siege(at, id, r, h);
                else scatter(at, id, r, h);
            }
        }
    }

    /**
     * A siege engine in the open ground ahead, beside the view's middle (which stays clear),
     * aimed away from the camera and turned a little across it, so its side — the throwing
     * arm, the ram under its roof, the tower's drawbridge — shows.
     */
    private static void siege(Placement at, String id, CatalogRecipe r, long h) {
        Size s = size(id);
        double tall = r.number("height", s.h());
        int placed = 0;
        for (int k = 0; k < 24 * s.count() && placed < s.count(); k++) {
            long v = Placement.hash(h, k, 26);
            double[] p = Roads.inView(at.spawn(), v, s.near(), s.far() + 4 * k, 26);
            double away = Wander.headingOf(p[0] - at.spawn().x(), p[1] - at.spawn().z());
            double turn = p[0] < at.spawn().x() ? 35 : -35;
            if (at.place(PropKind.STRUCTURE, id, at.style(), p[0], p[1], away + turn, s.w(),
                    s.d(), tall, v)) {
                placed++;
            }
        }
    }

    private static PropKind kindOf(String id) {
        return switch (id) {
            case "house", "shopfront" -> PropKind.HOUSE;
            case "tower" -> PropKind.TOWER;
            case "temple", "palace" -> PropKind.TEMPLE;
            case "column" -> PropKind.COLUMN;
            case "ruin" -> PropKind.WALL_RUIN;
            case "fence" -> PropKind.FENCE;
            default -> PropKind.STRUCTURE;
        };
    }

    private static void scatter(Placement at, String id, CatalogRecipe r, long h) {
        Size s = size(id);
        double tall = r.number("height", s.h());
        int placed = 0;
        for (int k = 0; k < 12 * s.count() && placed < s.count(); k++) {
            long v = Placement.hash(h, k, 21);
            double[] p = Roads.inView(at.spawn(), v, s.near(), s.far(), 45);
            double yaw = 360 * Placement.unit(Placement.hash(v, 22, 0));
            if (kindOf(id).building()) yaw = 90 * StrictMath.floor(yaw / 90);
            if (at.place(kindOf(id), id, at.style(), p[0], p[1], yaw, s.w(), s.d(), tall, v)) {
                placed++;
            }
        }
    }

    /**
     * A castle well in view, its gate turned to the spawn point: named, it is what the shot
     * is of, so it stands nearer and straighter ahead than other structures.
     */
    private static void castle(Placement at, CatalogRecipe r, long h) {
        Size s = size("castle");
        for (int k = 0; k < 24; k++) {
            long v = Placement.hash(h, k, 21);
            // At the head of the view first (a town's street leads to it), then wider.
            double[] p = Roads.inView(at.spawn(), v, s.near(), s.far() + 8 * k, 5 + 1.5 * k);
            double yaw = Wander.headingOf(p[0] - at.spawn().x(), p[1] - at.spawn().z());
            // On level ground: its walls stand on the lowest ground under them.
            double top = at.terrain().heightAt(p[0], p[1]);
            if (top - at.groundUnder(p[0], p[1], 0.7 * s.w()) > 2.5) continue;
            if (at.place(PropKind.STRUCTURE, "castle", at.style(), p[0], p[1], yaw, s.w(),
                    s.d(), r.number("height", s.h()), v)) {
                return;
            }
        }
    }

    /**
     * Where a castle stands, the towers a line names are its own: two flank it, a little
     * behind its front, as tall as its walls' towers. Scattered like other towers they stood
     * 300 m off, and "flags flutter on the towers at dawn" was a grey frame of rain haze.
     */
    private static boolean castleTowers(Placement at, CatalogRecipe r, long h) {
        Prop castle = null;
        for (Prop p : at.props()) {
            if (p.thing().equals("castle")) castle = p;
        }
        if (castle == null) return false;
        double dx = castle.x() - at.spawn().x(), dz = castle.z() - at.spawn().z();
        double len = StrictMath.max(1e-6, StrictMath.hypot(dx, dz));
        double ux = dx / len, uz = dz / len;   // from the spawn point to the castle
        double w = 9, aside = castle.width() / 2 + 18, behind = castle.depth() / 4;
        double tall = StrictMath.min(r.number("height", castle.height()), castle.height() * 1.2);
        boolean placed = false;
        for (int side = -1; side <= 1; side += 2) {
            double x = castle.x() + ux * behind - uz * side * aside;
            double z = castle.z() + uz * behind + ux * side * aside;
            placed |= at.place(PropKind.TOWER, "tower", at.style(), x, z, castle.yawDeg(), w, w,
                    tall, Placement.hash(h, side + 1, 27));
        }
        return placed;
    }

    private static void roadside(Placement at, String id, int count, double w, double d,
                                 double tall, long h) {
        Terrain t = at.terrain();
        if (at.waterTown()) {
            // Along the canal's lanes, in front of the shops: no road runs up the town.
            for (int k = 0; k < count; k++) {
                Vec3 p = WaterTownLayout.laneside(t, at.spawn(), k + 2, w * 2.2, d / 2 + 0.8);
                at.placeAt(kindOf(id), id, at.style(), p.x(), p.y(), p.z(), 90, w, d, tall,
                        Placement.hash(h, k, 23));
            }
            return;
        }
        for (int k = 0; k < count; k++) {
            Vec3 p = Roads.roadside(t, at.spawn(), k + 1, w * 2.2);
            double off = Roads.halfWidth(t) + d / 2 + 1;
            double x = Roads.roadX(t, at.spawn(), p.z()) + (k % 2 == 0 ? off : -off);
            at.place(kindOf(id), id, at.style(), x, p.z(), 0, w, d, tall,
                    Placement.hash(h, k, 23));
        }
    }

    /**
     * A strip of road north from the spawn point; where the place has a street or path of its
     * own (a city, a village, a town) the strip is laid on it, so a named road is a road and
     * not just the colour of the ground. A harbour's quay is its road.
     */
    static void road(Placement at, long h) {
        Terrain t = at.terrain();
        if (HarbourLayout.isHarbour(t)) return;
        double width = Roads.hasRoad(t) ? 2 * Roads.halfWidth(t) : Roads.OPEN_ROAD_WIDTH;
        double seg = Roads.hasRoad(t) ? 6 : 12; // shorter on a winding path
        int n = (int) StrictMath.round(480 / seg);
        for (int k = 0; k < n; k++) {
            double z = at.spawn().z() + 20 - (k + 0.5) * seg;
            double x = Roads.roadX(t, at.spawn(), z);
            if (atCastle(at, x, z, seg)) return;   // the road leads to its gate, not through it
            at.placeAt(PropKind.ROAD, "road", at.style(), x, t.heightAt(x, z), z, 0,
                    width, seg + 0.2, 0.1, Placement.hash(h, k, 24));
        }
    }

    /** Whether a stretch of road at (x, z), {@code seg} long, would run into a castle's walls. */
    private static boolean atCastle(Placement at, double x, double z, double seg) {
        for (Prop p : at.props()) {
            if (!p.thing().equals("castle")) continue;
            double half = StrictMath.max(p.width(), p.depth()) / 2 + 3;   // + its gatehouse
            if (StrictMath.abs(x - p.x()) < half && StrictMath.abs(z - p.z()) < half + seg / 2) {
                return true;
            }
        }
        return false;
    }

    /** An arched bridge across the first water north of the spawn point, on the road line. */
    private static void bridge(Placement at, CatalogRecipe r, long h) {
        Terrain t = at.terrain();
        double x = at.spawn().x() + 14;
        double[] c = Roads.crossing(t, x, at.spawn().z(), 400);
        if (c == null || Double.isNaN(c[1])) return;
        double span = c[0] - c[1] + 10;
        if (span > 5 * r.number("span", 30)) return; // a lake or the sea: no bridge
        double z = (c[0] + c[1]) / 2;
        at.placeAt(PropKind.SPAN, "bridge", at.style(), x, t.waterLevel(), z, 0, 5, span,
                StrictMath.max(3, span * 0.18), h);
    }

    /** A timber pier from the shore straight out into the water. */
    private static void pier(Placement at, CatalogRecipe r, long h) {
        Terrain t = at.terrain();
        for (int k = 0; k < 3; k++) {
            double x = at.spawn().x() + (k == 0 ? 18 : k == 1 ? -26 : 46);
            double[] c = Roads.crossing(t, x, at.spawn().z(), 500);
            if (c == null) continue;
            double len = r.number("span", 40);
            at.placeAt(PropKind.SPAN, "pier", at.style(), x, t.waterLevel(),
                    c[0] - len / 2 + 4, 0, 3.5, len, 1.4, Placement.hash(h, k, 25));
        }
    }

    /**
     * A lighthouse at the end of the beach, in the view: on a rock a little out in the water
     * off the shore, a little west of the view's middle (no further aside than a third of its
     * distance, so the shot of the shore has it in frame); else on the shore further west.
     */
    private static void lighthouse(Placement at, CatalogRecipe r, long h) {
        Terrain t = at.terrain();
        double tall = r.number("height", 25);
        // A harbour's camera stands at the water's edge, among its boats: its lighthouse
        // marks the harbour mouth further out, not a tower filling the side of the frame.
        double least = t.request().setting().equals("harbour") ? HARBOUR_MOUTH : 0;
        for (int k = 0; k < 8; k++) {
            double aside = 14 + 10 * k, x = at.spawn().x() - aside;
            double[] c = Roads.crossing(t, x, at.spawn().z(), 600);
            if (c == null) continue;
            double z = StrictMath.min(c[0] - 30, at.spawn().z() - least);
            if (t.heightAt(x, z) > t.waterLevel() - 0.5) continue; // not open water there
            if (aside > (at.spawn().z() - z) / 3) continue;
            at.placeAt(PropKind.STRUCTURE, "lighthouse", at.style(), x, t.waterLevel(), z, 0,
                    6, 6, tall, h);
            return;
        }
        for (int k = 0; k < 8; k++) {
            double x = at.spawn().x() - 60 - 25 * k;
            double[] c = Roads.crossing(t, x, at.spawn().z(), 600);
            if (c == null) continue;
            if (at.place(PropKind.STRUCTURE, "lighthouse", at.style(), x, c[0] + 9, 0, 6, 6,
                    tall, h)) return;
        }
    }

    /**
     * A wall across the view in segments, a gate where the road goes through (the first of a
     * few distances where the gate finds room).
     */
    private static void cityWall(Placement at, CatalogRecipe r, long h) {
        double z = Double.NaN;
        for (int k = 0; k < 8 && Double.isNaN(z); k++) {
            double at0 = at.spawn().z() - 170 - 16 * k;
            if (gate(at, Things.recipe("gate"), h, at0)) z = at0;
        }
        // Where the view ahead is water (a harbour town looks out to sea), the town's wall
        // closes the land behind the camera, its gate on the way inland.
        for (int k = 0; k < 8 && Double.isNaN(z); k++) {
            double at0 = at.spawn().z() + 70 + 16 * k;
            if (gate(at, Things.recipe("gate"), h, at0)) z = at0;
        }
        if (Double.isNaN(z)) return;
        double tall = r.number("height", 10), seg = 18;
        double gx = Roads.roadX(at.terrain(), at.spawn(), z);
        for (int k = 0; k < 13; k++) {
            for (int side = -1; side <= 1; side += 2) {
                double x = gx + side * (19.2 + k * (seg + 0.6));
                at.place(PropKind.STRUCTURE, "city-wall", at.style(), x, z, 90, 4, seg, tall,
                        Placement.hash(h, k, side + 30));
            }
        }
    }

    private static boolean gate(Placement at, CatalogRecipe r, long h, double z) {
        double x = Roads.roadX(at.terrain(), at.spawn(), z);
        return at.place(PropKind.STRUCTURE, "gate", at.style(), x, z, 0, 18, 8,
                r.number("height", 9),
                Placement.hash(h, 0, 31));
    }
}
