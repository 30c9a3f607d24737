package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import org.junit.jupiter.api.Test;

/** Issue 11's harbour and city-bridge glitches: where the camera stands and looks. */
class CameraOverWaterTest {
    private static final double DT = 1.0 / 24;

    @Test
    void aCameraOverTheSeaRisesAboveTheRipples() {
        Terrain coast = new Terrain(7, Setting.COAST, Water.SEA);
        // Skimming the sea 0.5 m up, 300 m out: the frame would be nothing but ripples.
        double x = 0, z = -400;
        assertTrue(coast.heightAt(x, z) < coast.waterLevel(), "not over water");
        CameraRig rig = new CameraRig(new Vec3(x, coast.waterLevel() + 0.5, z), Vec3.ZERO, 0, 0,
                -3, 0, 50);
        for (int f = 0; f < 24; f++) rig = rig.step(CameraMove.DOLLY, coast, DT);
        double above = rig.position().y() - coast.waterLevel();
        assertTrue(above >= CameraRig.WATER_MARGIN, "eye " + above + " m above the water");
    }

    @Test
    void harbourAndCityViewsStandAboveTheKerb() {
        for (Setting s : new Setting[] {Setting.COAST, Setting.CITY}) {
            Terrain t = new Terrain(7, s, s == Setting.CITY ? Water.RIVER : Water.SEA);
            CameraRig rig = CameraRig.spawn(t);
            Vec3 ground = t.spawnPoint();
            assertTrue(rig.position().y() - ground.y() > 5, s + " eye " + rig.position());
        }
    }

    @Test
    void aCityViewTiltsUpSoItsTowersAreNotCutOff() {
        Terrain city = new Terrain(7, Setting.CITY, Water.RIVER);
        Terrain field = new Terrain(7, Setting.GRASSLAND, Water.NONE);
        assertTrue(CameraRig.spawn(city).camera().pitchDeg() > 0);
        assertTrue(CameraRig.spawn(field).camera().pitchDeg() < 0);
        CameraRig rig = CameraRig.spawn(city);
        for (int f = 0; f < 48; f++) rig = rig.step(CameraMove.STATIC, city, DT);
        assertTrue(rig.pitchDeg() > 0, "pitch " + rig.pitchDeg());
    }
}
