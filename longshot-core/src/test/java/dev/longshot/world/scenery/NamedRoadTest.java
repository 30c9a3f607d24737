package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A named road is a road where the place has a street or path of its own, not just the
 * colour of the ground ("a dusty road winds through the village" covered 0 % of the frame).
 */
class NamedRoadTest {
    @Test
    void aNamedRoadIsLaidOnAVillagesOwnPath() {
        Terrain village = ThingLayoutTest.with(Setting.VILLAGE, Water.NONE, "village", null,
                "road");
        List<Prop> road = ThingLayoutTest.of(village, "road");
        assertTrue(road.size() > 20, "road strips " + road.size());
        for (Prop p : road) {
            double onPath = Math.abs(p.x() - VillageLayout.pathX(village.noise(), p.z()));
            assertTrue(onPath < 0.5, "strip off the path by " + onPath + " m");
        }
    }

    @Test
    void aNamedRoadIsLaidOnACitysStreet() {
        Terrain city = ThingLayoutTest.with(Setting.CITY, Water.NONE, "city", "modern", "road");
        assertTrue(ThingLayoutTest.of(city, "road").size() > 20, "no road in the city");
    }

    @Test
    void anUnnamedRoadIsNotLaid() {
        Terrain village = ThingLayoutTest.with(Setting.VILLAGE, Water.NONE, "village", null);
        assertTrue(ThingLayoutTest.of(village, "road").isEmpty());
    }
}
