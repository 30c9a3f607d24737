package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneryTest {
    private static long count(Terrain t, PropKind kind) {
        return t.scenery().props().stream().filter(p -> p.kind() == kind).count();
    }

    @Test
    void townsHaveTheirBuildings() {
        assertTrue(count(new Terrain(3, Setting.VILLAGE, Water.NONE), PropKind.HOUSE) > 20);
        assertTrue(count(new Terrain(3, Setting.VILLAGE, Water.NONE), PropKind.FENCE) > 20);
        assertTrue(count(new Terrain(3, Setting.CITY, Water.NONE), PropKind.TOWER) > 100);
        Terrain ruins = new Terrain(3, Setting.ANCIENT_CITY, Water.NONE);
        assertTrue(count(ruins, PropKind.TEMPLE) >= 3);
        assertTrue(count(ruins, PropKind.COLUMN) > 10);
        assertTrue(count(ruins, PropKind.BROKEN_COLUMN) > 3);
        assertEquals(0, count(new Terrain(3, Setting.DESERT, Water.NONE), PropKind.HOUSE));
    }

    @Test
    void volcanoHasLavaAndSmokeAtItsCrater() {
        Terrain v = new Terrain(5, Setting.VOLCANO, Water.NONE);
        assertEquals(1, count(v, PropKind.LAVA_POOL));
        assertTrue(count(v, PropKind.LAVA_FLOW) > 10);
        assertTrue(count(v, PropKind.SMOKE) > 5);
        // The crater: lower at the centre of the cone than on its rim.
        double rim = v.heightAt(Landform.CONE_X + Landform.CRATER_RADIUS, Landform.CONE_Z);
        double centre = v.heightAt(Landform.CONE_X, Landform.CONE_Z);
        assertTrue(rim - centre > 30, "crater depth " + (rim - centre));
        assertTrue(rim > 200, "rim " + rim);
    }

    @Test
    void propsNeverOverlapEachOtherOrTheSpawnPoint() {
        for (Setting s : Setting.values()) {
            Terrain t = new Terrain(11, s, s == Setting.VALLEY ? Water.RIVER : Water.NONE);
            List<Prop> solid = t.scenery().props().stream().filter(p -> p.kind().solid())
                    .sorted(Comparator.comparingDouble(Prop::x)).toList();
            Vec3 spawn = t.spawnPoint();
            for (int i = 0; i < solid.size(); i++) {
                Prop a = solid.get(i);
                assertTrue(StrictMath.hypot(a.x() - spawn.x(), a.z() - spawn.z())
                        >= a.footprint() + Placement.SPAWN_CLEAR, s + " " + a);
                for (int j = i + 1; j < solid.size(); j++) {
                    Prop b = solid.get(j);
                    if (b.x() - a.x() > 80) break;
                    double d = StrictMath.hypot(a.x() - b.x(), a.z() - b.z());
                    assertTrue(d >= a.footprint() + b.footprint() - 1e-9, s + " " + a + " " + b);
                }
            }
        }
    }

    @Test
    void treesAndBuildingsNeverStandInWater() {
        for (Water w : List.of(Water.STREAM, Water.RIVER, Water.LAKE, Water.SEA)) {
            for (Setting s : List.of(Setting.FOREST, Setting.VALLEY, Setting.VILLAGE)) {
                Terrain t = new Terrain(2, s, w);
                for (Prop p : t.scenery().props()) {
                    if (!p.kind().solid()) continue;
                    assertTrue(t.heightAt(p.x(), p.z()) > t.waterLevel() + 1, s + "/" + w + p);
                }
            }
        }
    }

    @Test
    void canyonHasSteepLayeredWalls() {
        Terrain c = new Terrain(4, Setting.CANYON, Water.NONE);
        double steepest = 0;
        for (double x = 0; x < 400; x += 5) {
            steepest = StrictMath.max(steepest, c.heightAt(x + 10, 0) - c.heightAt(x, 0));
        }
        assertTrue(steepest > 12, "rise over 10 m: " + steepest); // steeper than 50°
        assertTrue(c.heightAt(400, 0) > 80, "rim " + c.heightAt(400, 0));
        // Strata: the wall's colour changes with height.
        assertFalse(c.albedoAt(300, 0, 20, 1.5) == c.albedoAt(300, 0, 30, 1.5));
    }

    @Test
    void desertIsSandAndSnowfieldIsWhite() {
        int sand = new Terrain(1, Setting.DESERT, Water.NONE).albedoAt(0, 0, 5, 0);
        assertTrue((sand >> 16 & 255) > 180 && (sand >> 16 & 255) > (sand & 255) + 50,
                Integer.toHexString(sand));
        int snow = new Terrain(1, Setting.SNOWFIELD, Water.NONE).albedoAt(0, 0, 5, 0);
        assertTrue((snow >> 16 & 255) > 220 && (snow >> 8 & 255) > 220 && (snow & 255) > 220,
                Integer.toHexString(snow));
    }

    @Test
    void coastSpawnLooksAtSeaBesideLandAndCliffs() {
        Terrain c = new Terrain(6, Setting.COAST, Water.NONE);
        assertEquals(Water.SEA, c.water(), "a coast has its sea");
        Vec3 s = c.spawnPoint();
        assertTrue(s.y() > c.waterLevel(), "spawn on land: " + s);
        assertTrue(c.heightAt(s.x(), s.z() - 250) < c.waterLevel(), "sea ahead");
        assertTrue(c.heightAt(s.x() - 150, s.z() - 80) > 25, "cliffs to the west");
    }

    @Test
    void sceneryIsSeeded() {
        Terrain a = new Terrain(9, Setting.VILLAGE, Water.STREAM);
        Terrain b = new Terrain(9, Setting.VILLAGE, Water.STREAM);
        assertEquals(a.scenery().props(), b.scenery().props());
        Terrain c = new Terrain(10, Setting.VILLAGE, Water.STREAM);
        assertFalse(a.scenery().props().equals(c.scenery().props()));
    }
}
