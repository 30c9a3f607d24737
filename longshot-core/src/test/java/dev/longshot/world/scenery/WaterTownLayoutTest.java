package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chinese-classical town on a river, as the 江南古镇 storyboard asked for it. */
class WaterTownLayoutTest {
    private static final List<String> ASKED =
            List.of("house", "bridge", "boat", "shopfront", "lantern");

    private static Terrain town(long seed, String water) {
        SceneryRequest r = new SceneryRequest("town", "chinese-classical", ASKED, water);
        return new Terrain(seed, r.base(), PlaceIds.water(water), r);
    }

    @Test
    void housesStandOnTheBanksNotOverTheCanal() {
        for (long seed = 1; seed <= 4; seed++) {
            Terrain t = town(seed, "river");
            int nearBoth = 0;
            for (Prop p : t.scenery().props()) {
                if (p.kind() != PropKind.HOUSE) continue;
                double c = StrictMath.cos(StrictMath.toRadians(p.yawDeg()));
                double s = StrictMath.sin(StrictMath.toRadians(p.yawDeg()));
                for (int i = -1; i <= 1; i += 2) {
                    for (int j = -1; j <= 1; j += 2) {   // the footprint's corners
                        double u = i * p.width() / 2, w = j * p.depth() / 2;
                        double x = p.x() + c * u - s * w, z = p.z() + s * u + c * w;
                        assertTrue(t.heightAt(x, z) > t.waterLevel(),
                                "seed " + seed + ": house corner in the water at " + x + ", " + z);
                    }
                }
                Vec3 spawn = t.spawnPoint();
                if (StrictMath.abs(p.z() - spawn.z()) < 100) nearBoth++;
            }
            assertTrue(nearBoth >= 12, "seed " + seed + ": houses by the view " + nearBoth);
        }
    }

    @Test
    void housesOnBothBanksFaceTheWater() {
        Terrain t = town(2, "river");
        int west = 0, east = 0;
        for (Prop p : t.scenery().props()) {
            if (p.kind() != PropKind.HOUSE || StrictMath.abs(p.z()) > 150) continue;
            double side = p.x() - t.channelCentre(p.z());
            if (StrictMath.abs(side) > 40) continue;                  // farmhouses beyond
            // A hall's front is its local +z: (−sin yaw, cos yaw) in the world.
            double frontX = -StrictMath.sin(StrictMath.toRadians(p.yawDeg()));
            assertTrue(frontX * side < 0, "house at " + p.x() + " faces away from the canal");
            if (side < 0) west++;
            else east++;
        }
        assertTrue(west >= 8 && east >= 8, "west " + west + ", east " + east);
    }

    @Test
    void anArchedBridgeCrossesTheCanalInTheView() {
        Terrain t = town(3, "river");
        Vec3 spawn = t.spawnPoint();
        Prop bridge = t.scenery().props().stream().filter(p -> p.thing().equals("bridge"))
                .findFirst().orElse(null);
        assertNotNull(bridge);
        double ahead = spawn.z() - bridge.z();
        assertTrue(ahead > 20 && ahead < 80, "ahead " + ahead);
        // Its middle within the default lens's half-width of the view north.
        assertTrue(StrictMath.abs(bridge.x() - spawn.x()) < ahead * 0.8, "aside");
        // Both ends on dry bank: it spans the water.
        double half = bridge.depth() / 2;
        assertTrue(t.heightAt(bridge.x() - half, bridge.z()) > t.waterLevel());
        assertTrue(t.heightAt(bridge.x() + half, bridge.z()) > t.waterLevel());
        assertTrue(t.heightAt(bridge.x(), bridge.z()) < t.waterLevel());
    }

    @Test
    void theCameraStartsOnTheLaneBesideTheWater() {
        Terrain t = town(5, "stream");
        Vec3 spawn = t.spawnPoint();
        assertTrue(WaterTown.onLane(t, spawn.x(), spawn.z()));
        assertTrue(t.heightAt(spawn.x() - 6, spawn.z()) < t.waterLevel(), "water beside it");
    }

    @Test
    void aStreamAndARiverBuildTheSameTown() {
        List<Prop> stream = town(6, "stream").scenery().props();
        List<Prop> river = town(6, "river").scenery().props();
        assertEquals(stream.size(), river.size());
        for (int k = 0; k < stream.size(); k++) {
            assertEquals(stream.get(k).x(), river.get(k).x());
            assertEquals(stream.get(k).z(), river.get(k).z());
        }
    }
}
