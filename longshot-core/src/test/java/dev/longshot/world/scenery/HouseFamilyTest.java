package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A town's houses wear their style's house family: varied, and the same every time. */
class HouseFamilyTest {
    /** The houses along the street of a town in {@code style} (not its farmhouses). */
    private static List<Prop> houses(String style) {
        Terrain t = new Terrain(7, Setting.VILLAGE, Water.NONE,
                new SceneryRequest("town", style, List.of()));
        return t.scenery().props().stream()
                .filter(p -> p.kind() == PropKind.HOUSE && p.thing().isEmpty()
                        && StrictMath.abs(p.x() - VillageLayout.pathX(t.noise(), p.z())) < 20)
                .toList();
    }

    @Test
    void everyStyleHasAHouseFamilyAndNatureHasNone() {
        for (String style : SceneryRequest.STYLES) {
            assertNotNull(HouseFamily.of(style), style);
        }
        assertNull(HouseFamily.of(null));
    }

    @Test
    void aModernTownsHousesHaveManyFacadesBothRoofsAndSomeShops() {
        HouseFamily f = HouseFamily.of("modern");
        List<Prop> houses = houses("modern");
        assertTrue(houses.size() > 30, "houses: " + houses.size());
        Set<Integer> facades = new TreeSet<>();
        Set<HouseFamily.Roof> roofs = new TreeSet<>();
        int shops = 0;
        for (Prop p : houses) {
            facades.add(f.facade(p));
            roofs.add(f.roofType(p));
            if (f.shop(p)) shops++;
        }
        assertTrue(facades.size() >= 5, "facade colours: " + facades.size());
        assertEquals(Set.of(HouseFamily.Roof.FLAT, HouseFamily.Roof.GABLE), roofs);
        assertTrue(shops > houses.size() / 5 && shops < houses.size() * 4 / 5, "shops " + shops);
    }

    @Test
    void theModernFamilyBuildsTwoToFourStoreys() {
        HouseFamily modern = HouseFamily.of("modern");
        for (double u = 0; u < 1; u += 0.05) {
            double walls = modern.walls(u, 0);
            assertTrue(walls >= 2 * HouseFamily.STOREY && walls <= 4 * HouseFamily.STOREY + 1.01,
                    "walls " + walls);
        }
    }

    @Test
    void townAndVillageHousesStayLowEnoughForATrackingCameraToClimb() {
        // Taller town houses made a camera tracking a bus leap onto a roof (rain-town, 5:11).
        for (Prop p : houses("modern")) {
            assertTrue(p.height() - 0.5 * p.depth() < 4.6, "walls " + p.height());
        }
        Terrain village = new Terrain(7, Setting.VILLAGE, Water.NONE,
                new SceneryRequest("village", "modern", List.of()));
        assertTrue(village.scenery().props().stream().filter(p -> p.kind() == PropKind.HOUSE)
                .allMatch(p -> p.height() - 0.5 * p.depth() < 4.6), "village houses stay low");
    }

    @Test
    void eachStyleHasItsOwnRoofs() {
        assertEquals(List.of(HouseFamily.Roof.STEEP),
                HouseFamily.of("medieval-european").roofTypes());
        assertEquals(List.of(HouseFamily.Roof.CURVED),
                HouseFamily.of("chinese-classical").roofTypes());
        // Greek houses are whitewashed under terracotta: light walls, red-brown roofs.
        HouseFamily greek = HouseFamily.of("greco-roman");
        for (int c : greek.facades()) assertTrue(luma(c) > 200, Integer.toHexString(c));
        for (int c : greek.roofs()) assertTrue((c >> 16 & 255) > 2 * (c & 255),
                Integer.toHexString(c));
    }

    @Test
    void theSameTownIsBuiltTheSameWay() {
        HouseFamily f = HouseFamily.of("modern");
        List<Prop> a = houses("modern"), b = houses("modern");
        assertEquals(a, b);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(f.facade(a.get(i)), f.facade(b.get(i)));
            assertEquals(f.roofType(a.get(i)), f.roofType(b.get(i)));
        }
    }

    private static int luma(int c) {
        return (54 * (c >> 16 & 255) + 183 * (c >> 8 & 255) + 19 * (c & 255)) >> 8;
    }
}
