package dev.longshot.world.scenery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.CameraRig;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Savanna, harbour, town, farmland and jungle: each built by its id, the way DefaultWorld does. */
class NewSettingsTest {
    static Terrain place(String setting, String water, String style, String... things) {
        SceneryRequest r = new SceneryRequest(setting, style, List.of(things), water);
        return new Terrain(9, r.base(), PlaceIds.water(water), r);
    }

    private static long count(Terrain t, PropKind kind, String thing) {
        return t.scenery().props().stream()
                .filter(p -> p.kind() == kind && (thing == null || p.thing().equals(thing)))
                .count();
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 255;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 255;
    }

    private static int blue(int rgb) {
        return rgb & 255;
    }

    private static int ground(Terrain t, double x, double z) {
        return t.albedoAt(x, z, t.heightAt(x, z), 0);
    }

    @Test
    void eachNewSettingIsBuiltTheSameWayFromTheSameSeed() {
        for (String id : List.of("savanna", "harbour", "town", "farmland", "jungle")) {
            String water = id.equals("harbour") ? "sea" : "none";
            Terrain a = place(id, water, null), b = place(id, water, null);
            assertFalse(a.scenery().props().isEmpty(), id);
            assertEquals(a.scenery().props(), b.scenery().props(), id);
            assertTrue(GroundPalette.patterned(a) || id.equals("harbour"), id);
        }
    }

    @Test
    void theSavannaIsGoldenGrassWithAcaciasAndAWaterhole() {
        Terrain t = place("savanna", "pond", null);
        int c = ground(t, 40, -200);
        assertTrue(red(c) > green(c) && green(c) > blue(c) + 40, Integer.toHexString(c));
        assertTrue(count(t, PropKind.SHAPED_TREE, "acacia") > 40);
        assertEquals(0, t.scenery().props().stream().filter(p -> p.kind().tree()).count());
        // The waterhole lies in the view, the camera on its dry bank.
        Vec3 s = t.spawnPoint();
        assertTrue(t.heightAt(0, -70) < t.waterLevel(), "water in the pond");
        assertTrue(s.y() > t.waterLevel() + 1, "spawn on dry ground " + s);
        assertTrue(t.heightAt(0, -160) > t.waterLevel(), "a pond, not a lake");
    }

    @Test
    void farmlandHasFieldsOfSeveralCropsFencesAndFarmhouses() {
        Terrain t = place("farmland", "none", null);
        Set<Integer> crops = new HashSet<>();
        for (int k = 0; k < 12; k++) crops.add(ground(t, 30 + 61 * k, -45 - 91 * (k % 3)) >> 4);
        assertTrue(crops.size() >= 3, "crops " + crops.size());
        assertTrue(count(t, PropKind.FENCE, null) > 40);
        assertTrue(count(t, PropKind.HOUSE, null) > 5);
        assertTrue(count(t, PropKind.STRUCTURE, "windmill") >= 1);
    }

    @Test
    void theJungleIsDenseBroadleafWithPalmsAndNoConifers() {
        Terrain t = place("jungle", "none", null);
        Terrain forest = place("forest", "none", null);
        long trees = count(t, PropKind.BROADLEAF, null) + count(t, PropKind.SHAPED_TREE, "");
        assertTrue(trees > count(forest, PropKind.BROADLEAF, null)
                + count(forest, PropKind.CONIFER, null), "denser than a forest: " + trees);
        assertTrue(count(t, PropKind.SHAPED_TREE, "") > 100, "broad crowns near the camera");
        assertEquals(0, count(t, PropKind.CONIFER, null));
        assertTrue(count(t, PropKind.SHAPED_TREE, "palm") > 30);
        int c = ground(t, 50, -100);
        assertTrue(green(c) > red(c) + 20, Integer.toHexString(c));
    }

    @Test
    void aTownIsPavedAlongItsStreetLinedWithHouses() {
        Terrain t = place("town", "none", "medieval-european");
        double x = VillageLayout.pathX(t.noise(), -100);
        int street = ground(t, x, -100), field = ground(t, x + 60, -100);
        assertTrue(StrictMath.abs(red(street) - blue(street)) < 40, "paving grey-brown");
        assertTrue(green(field) > red(field) + 20, "grass beyond");
        assertTrue(count(t, PropKind.HOUSE, null) > 40);
    }

    @Test
    void aHarbourHasAQuayOnTheSeaAndTheCameraStandsAboveIt() {
        Terrain t = place("harbour", "sea", null);
        assertTrue(count(t, PropKind.SPAN, "quay") > 5);
        assertTrue(count(t, PropKind.VEHICLE, null) >= 1, "boats");
        assertEquals(0, t.scenery().props().stream().filter(p -> p.kind() == PropKind.TOWER)
                .count(), "no glass towers");
    }

    @Test
    void theCameraStartsOnDryGroundOutsideEverySolidThing() {
        for (String id : List.of("savanna", "harbour", "town", "farmland", "jungle")) {
            for (String water : List.of("none", "pond", "sea")) {
                Terrain t = place(id, water, "chinese-classical", "lantern", "house");
                Vec3 eye = CameraRig.spawn(t).position();
                double floor = StrictMath.max(t.heightAt(eye.x(), eye.z()), t.waterLevel());
                assertTrue(eye.y() > floor + 1, id + "/" + water + " eye " + eye);
                for (Prop p : t.scenery().props()) {
                    if (!p.kind().solid()) continue;
                    double d = StrictMath.hypot(p.x() - eye.x(), p.z() - eye.z());
                    assertTrue(d > p.footprint(), id + "/" + water + " inside " + p);
                }
            }
        }
    }
}
