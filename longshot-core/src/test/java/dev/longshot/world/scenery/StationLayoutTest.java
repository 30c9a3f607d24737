package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.Terrain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A railway station is a line at ground level close ahead of the view with a platform each
 * side and its house on the far one, and a raised line never stands a pier in the road.
 */
class StationLayoutTest {
    private static List<Prop> station(Terrain t) {
        return ThingLayoutTest.of(t, Railway.STATION);
    }

    @Test
    void aTownStationLaysItsTracksOnTheGroundBetweenTwoPlatforms() {
        Terrain t = NewSettingsTest.place("town", "none", "modern", "station", "train");
        Prop train = ThingLayoutTest.of(t, "train").get(0);
        double ahead = t.spawnPoint().z() - train.z();
        assertTrue(ahead >= 30 && ahead <= 85, "line " + ahead + " m ahead");
        // No viaduct: track stretches on the ground about the view.
        for (Prop p : t.scenery().props()) {
            if (Math.abs(p.z() - train.z()) < 0.5 && Math.abs(p.x() - train.x()) < 60) {
                assertTrue(p.kind() != PropKind.STRUCTURE || !p.thing().equals("bridge"),
                        "a viaduct span through the station at x " + p.x());
            }
        }
        List<Prop> platforms = station(t).stream().filter(p -> p.height() < 3).toList();
        List<Prop> houses = station(t).stream().filter(p -> p.height() >= 3).toList();
        assertEquals(1, houses.size(), "one station house");
        assertTrue(platforms.stream().anyMatch(p -> p.z() > train.z()), "a near platform");
        assertTrue(platforms.stream().anyMatch(p -> p.z() < train.z()), "a far platform");
        for (Prop p : platforms) {
            double top = p.y() + p.height();
            assertTrue(top > train.y() && top - train.y() < 1, "platform top over the rails: "
                    + (top - train.y()));
            assertTrue(Math.abs(p.z() - train.z()) > p.width() / 2 + 1, "clear of the train");
        }
        Prop house = houses.get(0);
        assertTrue(house.z() < train.z(), "the house beyond the track, not in front of it");
        assertEquals("modern", house.style());
        // The town's houses gave way to the station.
        for (Prop p : t.scenery().props()) {
            if (p.kind() != PropKind.HOUSE) continue;
            for (Prop s : station(t)) {
                assertTrue(Math.hypot(p.x() - s.x(), p.z() - s.z()) > s.footprint(),
                        "house " + p.id() + " on the station");
            }
        }
    }

    @Test
    void aStationAloneLaysItsLine() {
        Terrain t = NewSettingsTest.place("village", "none", null, "station");
        assertTrue(station(t).size() >= 3, "platforms and house");
        assertTrue(t.scenery().props().stream().anyMatch(p -> p.kind() == PropKind.RAIL),
                "its tracks");
    }

    @Test
    void noViaductPierStandsInTheRoadUnderIt() {
        for (String style : new String[] {"modern", "chinese-classical", "medieval-european"}) {
            Terrain t = NewSettingsTest.place("town", "none", style, "train", "bridge");
            var eye = t.spawnPoint();
            boolean modern = style.equals("modern");
            int spans = 0;
            for (Prop p : t.scenery().props()) {
                if (p.kind() != PropKind.STRUCTURE || !p.thing().equals("bridge")) continue;
                spans++;
                // RailMeshes: a modern pier at the span's middle, an older one at its end
                // towards +x (local -z of a span turned 90°), 1.6 and 2.2 m thick.
                double pier = modern ? p.x() : p.x() + p.depth() / 2 - 1.1;
                double halfPier = modern ? 0.8 : 1.1;
                double road = Roads.roadX(t, eye, p.z());
                assertTrue(Math.abs(pier - road) - halfPier > Roads.halfWidth(t),
                        style + ": pier at x " + pier + " in the road at " + road);
            }
            assertTrue(spans > 10, style + ": " + spans + " spans");
        }
    }
}
