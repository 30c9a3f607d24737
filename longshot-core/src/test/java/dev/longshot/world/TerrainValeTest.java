package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's grey wall: "In spring the snow melts and feeds little streams" planned as
 * mountains with a stream, which carved a slot 150 m deep; the camera on its bank saw only
 * the far wall. Water in high country now lies in a vale.
 */
class TerrainValeTest {
    @Test
    void aMountainStreamRunsInAValeTheCameraCanSeeAcross() {
        for (Water w : new Water[] {Water.STREAM, Water.RIVER, Water.LAKE}) {
            Terrain t = new Terrain(0, Setting.MOUNTAINS, w);
            Vec3 spawn = t.spawnPoint();
            for (double ahead = 20; ahead <= 160; ahead += 20) {
                double rise = t.heightAt(spawn.x(), spawn.z() - ahead) - spawn.y();
                // No wall in the view: the ground ahead rises less than 1 in 3.
                assertTrue(rise < ahead / 3, w + ": " + rise + " m up " + ahead + " m ahead");
            }
        }
    }

    @Test
    void mountainsWithoutWaterKeepTheirPeaks() {
        Terrain dry = new Terrain(0, Setting.MOUNTAINS, Water.NONE);
        double top = 0;
        for (int i = -10; i <= 10; i++) {
            for (int j = -10; j <= 10; j++) top = Math.max(top, dry.heightAt(i * 50, j * 50));
        }
        assertTrue(top > 100, "highest " + top);
    }
}
