package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.catalog.Catalog;
import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.Terrain;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The things a request names are placed where they belong, and vehicles keep to their way. */
class ThingLayoutTest {
    /** Every thing this layout places, as the catalog names it. */
    static final List<String> PLACED = List.of("car", "truck", "bus", "bicycle", "train", "cart",
            "boat", "sailboat", "junk", "ship", "plane", "helicopter", "balloon", "bridge",
            "pier", "lighthouse", "city-wall", "gate", "pagoda", "market-stall", "tent",
            "castle", "windmill", "road", "statue", "flag", "street-lamp", "lantern", "torch",
            "campfire", "acacia", "palm", "bamboo", "blossom-tree", "flowers", "tall-grass",
            "waterfall", "shopfront", "well");

    static Terrain with(Setting s, Water w, String setting, String style, String... things) {
        return new Terrain(5, s, w, new SceneryRequest(setting, style, List.of(things)));
    }

    /** A place that suits {@code id}: the sea for boats, a river for a bridge, else a village. */
    static Terrain placeFor(String id) {
        return switch (Things.route(id).isEmpty() ? id : Things.route(id)) {
            case "water", "pier", "lighthouse" -> with(Setting.COAST, Water.SEA, "coast", null, id);
            case "bridge" -> with(Setting.FOREST, Water.RIVER, "forest", null, id);
            default -> with(Setting.GRASSLAND, Water.NONE, "grassland", null, id);
        };
    }

    static List<Prop> of(Terrain t, String id) {
        return t.scenery().props().stream().filter(p -> p.thing().equals(id)).toList();
    }

    @Test
    void everyThingTheCatalogCallsDrawnIsPlaced() {
        Catalog c = Catalog.bundled();
        for (String id : PLACED) {
            assertTrue(c.byId(id).orElseThrow().drawn(), id + " is drawn in the catalog");
            assertFalse(of(placeFor(id), id).isEmpty(), id + " placed");
        }
    }

    @Test
    void theRoadToACastleStopsAtItsGate() {
        Terrain t = with(Setting.GRASSLAND, Water.NONE, "grassland", "medieval-european",
                "castle", "road");
        Prop castle = of(t, "castle").get(0);
        List<Prop> road = of(t, "road");
        assertFalse(road.isEmpty(), "a road");
        double half = Math.max(castle.width(), castle.depth()) / 2;
        double nearest = Double.POSITIVE_INFINITY;
        for (Prop r : road) {
            double dx = Math.abs(r.x() - castle.x()), dz = Math.abs(r.z() - castle.z());
            assertFalse(dx < half && dz < half, "road through the castle at " + r.z());
            nearest = Math.min(nearest, Math.hypot(r.x() - castle.x(), r.z() - castle.z()));
        }
        assertTrue(nearest < half + 20, "the road reaches the castle: " + nearest);
    }

    @Test
    void torchesBurnAlongTheCityWallFacingTheView() {
        Terrain t = with(Setting.VILLAGE, Water.NONE, "town", "medieval-european",
                "city-wall", "torch");
        List<Prop> wall = of(t, "city-wall"), torches = of(t, "torch");
        assertFalse(wall.isEmpty() || torches.isEmpty(), "a wall and torches");
        double spawnZ = t.spawnPoint().z();
        int byTheWall = 0;
        for (Prop torch : torches) {
            double nearest = Double.POSITIVE_INFINITY;
            for (Prop w : wall) {
                nearest = Math.min(nearest, Math.hypot(torch.x() - w.x(), torch.z() - w.z()));
            }
            boolean viewSide = Math.abs(torch.z() - spawnZ) < Math.abs(wall.get(0).z() - spawnZ);
            if (nearest < 4 && viewSide) byTheWall++;
        }
        // Beside those about the view (the one a line frames), one by each near segment.
        assertTrue(byTheWall >= Math.min(12, wall.size()), byTheWall + " torches by the wall");
    }

    @Test
    void theTowersNamedWhereACastleStandsAreItsOwn() {
        Terrain t = with(Setting.GRASSLAND, Water.NONE, "grassland", "medieval-european",
                "castle", "flag", "road", "tower");
        Prop castle = of(t, "castle").get(0);
        List<Prop> towers = of(t, "tower");
        assertFalse(towers.isEmpty(), "towers");
        for (Prop p : towers) {
            double d = Math.hypot(p.x() - castle.x(), p.z() - castle.z());
            assertTrue(d < castle.width(), "a tower " + d + " m from the castle");
            assertTrue(p.height() <= 1.2 * castle.height() + 1e-9, "as tall as its walls' towers");
        }
    }

    @Test
    void aHarbourTownLookingOutToSeaHasItsWallAndGateOnTheLand() {
        Terrain harbour = with(Setting.COAST, Water.SEA, "harbour", "chinese-classical",
                "city-wall", "gate");
        assertEquals(1, of(harbour, "gate").size(), "one gate");
        assertTrue(of(harbour, "city-wall").size() >= 6, "a wall of segments");
        for (Prop p : of(harbour, "gate")) {
            assertTrue(harbour.heightAt(p.x(), p.z()) > harbour.waterLevel(), "gate on land");
        }
    }

    @Test
    void aHarboursLighthouseMarksItsMouthFarOutNotBesideTheCamera() {
        Terrain harbour = with(Setting.COAST, Water.SEA, "harbour", null);
        List<Prop> lights = of(harbour, "lighthouse");
        assertFalse(lights.isEmpty(), "a harbour has its lighthouse");
        var eye = harbour.spawnPoint();
        for (Prop p : lights) {
            assertTrue(eye.z() - p.z() >= 89.9, "lighthouse " + (eye.z() - p.z()) + " m ahead");
        }
    }

    @Test
    void vehiclesMoveAlongTheirRoadWaterOrAir() {
        for (String id : List.of("car", "bus", "train", "boat", "junk", "ship", "plane",
                "helicopter", "balloon")) {
            Terrain t = placeFor(id);
            for (Prop p : of(t, id)) {
                assertEquals(PropKind.VEHICLE, p.kind());
                VehicleMotion.Pose a = VehicleMotion.at(p, t, 0);
                VehicleMotion.Pose b = VehicleMotion.at(p, t, 2);
                assertTrue(Math.hypot(a.x() - b.x(), a.z() - b.z()) > 1, id + " moves");
                for (double s = 0; s < 60; s += 1.5) {
                    VehicleMotion.Pose at = VehicleMotion.at(p, t, s);
                    double ground = t.heightAt(at.x(), at.z());
                    switch (Things.route(id)) {
                        case "water" -> {
                            assertTrue(ground < t.waterLevel(), id + " aground at " + s);
                            assertEquals(t.waterLevel(), at.y(), 0.2, id + " floats");
                        }
                        case "air" -> assertTrue(at.y() > ground + 20, id + " flies at " + s);
                        // On its railway's rails (RailwayTest): level, never under the ground.
                        case "rail" -> assertEquals(p.y(), at.y(), 1e-9, id + " at rail level");
                        default -> assertEquals(ground, at.y(), 1e-9, id + " on the ground");
                    }
                }
            }
        }
    }

    @Test
    void carsKeepToTheVillagePath() {
        Terrain t = with(Setting.VILLAGE, Water.NONE, "village", null, "car", "cart");
        for (Prop p : t.scenery().props()) {
            if (p.kind() != PropKind.VEHICLE) continue;
            for (double s = 0; s < 30; s += 1) {
                VehicleMotion.Pose at = VehicleMotion.at(p, t, s);
                double off = at.x() - VillageLayout.pathX(t.noise(), at.z());
                assertTrue(Math.abs(off) < 2.2, p.thing() + " off the path by " + off);
            }
        }
    }

    @Test
    void aBridgeSpansTheRiverFromBankToBank() {
        Terrain t = placeFor("bridge");
        Prop b = of(t, "bridge").get(0);
        double north = b.z() - b.depth() / 2, south = b.z() + b.depth() / 2;
        assertTrue(t.heightAt(b.x(), b.z()) < t.waterLevel(), "middle over water");
        assertTrue(t.heightAt(b.x(), north) > t.waterLevel(), "north end on land");
        assertTrue(t.heightAt(b.x(), south) > t.waterLevel(), "south end on land");
    }

    @Test
    void standingThingsStandOnTheGround() {
        Terrain t = with(Setting.GRASSLAND, Water.NONE, "grassland", "medieval-european",
                "castle", "windmill", "tent", "statue", "lantern", "torch", "campfire", "palm");
        for (Prop p : t.scenery().props()) {
            if (p.thing().isEmpty()) continue;
            assertTrue(p.y() <= t.heightAt(p.x(), p.z()) + 1e-9, p + " floats");
            assertTrue(p.y() > t.heightAt(p.x(), p.z()) - 3, p + " sunk");
        }
    }

    @Test
    void aStyleBringsItsLandmarksToATown() {
        Terrain song = with(Setting.VILLAGE, Water.NONE, "town", "chinese-classical");
        assertFalse(of(song, "pagoda").isEmpty());
        assertFalse(of(song, "city-wall").isEmpty());
        assertFalse(of(song, "gate").isEmpty());
        assertFalse(of(song, "lantern").isEmpty());
        assertTrue(song.scenery().props().stream().filter(p -> p.kind() == PropKind.HOUSE)
                .allMatch(p -> "chinese-classical".equals(p.style())));
        Terrain harbour = with(Setting.COAST, Water.SEA, "harbour", "chinese-classical");
        assertFalse(of(harbour, "junk").isEmpty());
        assertTrue(harbour.scenery().props().stream().filter(p -> p.kind() == PropKind.HOUSE)
                .count() > 8);
    }

    @Test
    void thePlanWithoutStyleOrThingsBuildsTodaysPlace() {
        ScenePlan plan = new ScenePlan(0, "", Setting.VILLAGE, Water.NONE, TimeOfDay.NOON,
                Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0);
        SceneryRequest r = SceneryRequest.of(plan);
        assertEquals("village", r.setting());
        assertNull(r.style());
        assertTrue(r.things().isEmpty());
        Terrain plain = new Terrain(3, Setting.VILLAGE, Water.NONE);
        Terrain asked = new Terrain(3, Setting.VILLAGE, Water.NONE, r);
        assertEquals(plain.scenery().props(), asked.scenery().props());
        assertTrue(plain.scenery().props().stream().allMatch(p -> p.thing().isEmpty()));
        assertNull(new SceneryRequest("city", "art-deco", List.of()).style());
    }

    @Test
    void placingIsDeterministic() {
        Terrain a = with(Setting.COAST, Water.SEA, "harbour", "chinese-classical", "boat");
        Terrain b = with(Setting.COAST, Water.SEA, "harbour", "chinese-classical", "boat");
        assertEquals(a.scenery().props(), b.scenery().props());
    }
}
