package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A train runs on a railway of its own across the view — on its embankment in the open, on a
 * viaduct over the street in a city or town — and a bridge named with no water to cross is a
 * viaduct over the road ahead, high enough to pass under.
 */
class RailwayTest {
    private static Terrain with(Setting s, String setting, String style, String... things) {
        return new Terrain(5, s, Water.NONE, new SceneryRequest(setting, style, List.of(things)));
    }

    private static Prop train(Terrain t) {
        List<Prop> trains = ThingLayoutTest.of(t, "train");
        assertEquals(1, trains.size(), "one train");
        return trains.get(0);
    }

    /** The railway's stretches: track on the ground and viaduct spans. */
    private static List<Prop> stretches(Terrain t) {
        return t.scenery().props().stream().filter(p -> p.kind() == PropKind.RAIL
                || p.kind() == PropKind.STRUCTURE && p.thing().equals("bridge")).toList();
    }

    /** Height of the rail tops of the stretch under (x, z), or NaN off the line. */
    private static double railTopAt(Terrain t, double x, double z) {
        for (Prop p : stretches(t)) {
            if (Math.abs(p.z() - z) > 0.5 || Math.abs(p.x() - x) > p.depth() / 2) continue;
            return p.kind() == PropKind.RAIL ? p.y() : p.y() + p.height();
        }
        return Double.NaN;
    }

    @Test
    void theTrainsWheelsSitOnItsRailsWhereverItIs() {
        for (Terrain t : List.of(with(Setting.GRASSLAND, "grassland", null, "train"),
                with(Setting.CITY, "city", "modern", "train"),
                NewSettingsTest.place("town", "none", "chinese-classical", "train", "bridge"))) {
            Prop train = train(t);
            for (double s = 0; s < 40; s += 0.7) {
                VehicleMotion.Pose at = VehicleMotion.at(train, t, s);
                double rail = railTopAt(t, at.x(), at.z());
                assertFalse(Double.isNaN(rail), "off its line at " + s + ": " + at);
                assertEquals(rail, at.y(), 1e-9, "wheels on the rails at " + s);
            }
        }
    }

    @Test
    void theTrainMovesAlongTheRailLineAtItsRecipeSpeed() {
        Terrain t = with(Setting.GRASSLAND, "grassland", null, "train");
        Prop train = train(t);
        double speed = Things.speed("train");
        int moved = 0;
        for (double s = 0; s < 30; s += 0.5) {
            VehicleMotion.Pose a = VehicleMotion.at(train, t, s);
            VehicleMotion.Pose b = VehicleMotion.at(train, t, s + 0.5);
            assertEquals(train.z(), a.z(), 1e-9, "keeps to the line");
            assertEquals(90, a.yawDeg(), 1e-9, "heads along it");
            double step = b.x() - a.x();
            // Along the line at its speed, except the instant its loop comes round.
            if (Math.abs(step - 0.5 * speed) < 1e-6) moved++;
            else assertTrue(step < 0, "only a loop's wrap goes back: " + step);
        }
        assertTrue(moved >= 55, moved + " steps at speed");
        // Ahead of the camera, across the view.
        Prop stillTrain = train;
        assertTrue(t.spawnPoint().z() - stillTrain.z() >= 60, "ahead of the spawn point");
    }

    @Test
    void inTheOpenTheRailsLieOnALowEmbankment() {
        Terrain t = with(Setting.GRASSLAND, "grassland", null, "train");
        Prop train = train(t);
        long track = stretches(t).stream().filter(p -> p.kind() == PropKind.RAIL)
                .filter(p -> Math.abs(p.x() - t.spawnPoint().x()) < 60).count();
        assertTrue(track >= 4, track + " stretches of track in view");
        double ground = t.heightAt(t.spawnPoint().x(), train.z());
        assertTrue(train.y() - ground < 3, "rails " + (train.y() - ground) + " m over ground");
    }

    @Test
    void aCityTrainRunsOnAViaductAboveACrossStreet() {
        Terrain t = with(Setting.CITY, "city", "modern", "train");
        Prop train = train(t);
        assertTrue(CityGrid.offStreet(train.z()) < 0.5, "over a cross street: z " + train.z());
        double street = t.heightAt(0, train.z());
        assertTrue(train.y() - street >= 7 && train.y() - street <= 9.5,
                "rails " + (train.y() - street) + " m over the street");
        List<Prop> spans = stretches(t);
        assertFalse(spans.isEmpty());
        for (Prop p : spans) assertEquals(PropKind.STRUCTURE, p.kind(), "all viaduct");
        // The viaduct crosses the avenue the camera looks down.
        assertFalse(Double.isNaN(railTopAt(t, 0, train.z())), "over the avenue");
        // No tower stands in its way.
        for (Prop p : t.scenery().props()) {
            if (p.kind() != PropKind.TOWER) continue;
            assertTrue(Math.abs(p.z() - train.z()) > p.depth() / 2 + Railway.DECK_WIDTH / 2,
                    "tower " + p.id() + " in the viaduct's way");
        }
    }

    @Test
    void aBridgeWithNoWaterInATownIsAViaductOverTheStreetAhead() {
        Terrain t = NewSettingsTest.place("town", "none", "chinese-classical", "bridge");
        List<Prop> spans = stretches(t);
        assertTrue(spans.size() > 10, spans.size() + " spans");
        var eye = t.spawnPoint();
        double z = spans.get(0).z();
        assertTrue(eye.z() - z >= 50 && eye.z() - z <= 150, (eye.z() - z) + " m ahead");
        double road = Roads.roadX(t, eye, z);
        double top = railTopAt(t, road, z);
        assertTrue(top - t.heightAt(road, z) >= 7, "high enough to pass under");
        for (Prop p : spans) assertEquals("chinese-classical", p.style(), "in the town's style");
        // The town's houses gave way to it.
        for (Prop p : t.scenery().props()) {
            if (p.kind() != PropKind.HOUSE) continue;
            assertTrue(Math.abs(p.z() - z) > Railway.DECK_WIDTH / 2,
                    "house " + p.id() + " under the viaduct");
        }
    }

    @Test
    void aBridgeOverWaterIsStillTheArchAcrossIt() {
        Terrain t = ThingLayoutTest.placeFor("bridge");
        List<Prop> bridges = ThingLayoutTest.of(t, "bridge");
        assertEquals(1, bridges.size());
        assertEquals(PropKind.SPAN, bridges.get(0).kind());
        assertTrue(stretches(t).stream().noneMatch(p -> p.kind() == PropKind.RAIL), "no rails");
    }

    @Test
    void theSameSeedLaysTheSameRailway() {
        Terrain a = with(Setting.CITY, "city", "modern", "train", "bridge");
        Terrain b = with(Setting.CITY, "city", "modern", "train", "bridge");
        assertEquals(stretches(a), stretches(b));
        assertEquals(train(a), train(b));
        assertNotNull(train(a));
    }
}
