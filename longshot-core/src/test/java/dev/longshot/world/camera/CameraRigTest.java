package dev.longshot.world.camera;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import org.junit.jupiter.api.Test;

class CameraRigTest {
    private static final double DT = 1.0 / 24;

    @Test
    void camerastaysAboveTheGroundThroughEveryMove() {
        Terrain terrain = new Terrain(7, Setting.MOUNTAINS, Water.NONE);
        CameraRig rig = CameraRig.spawn(terrain);
        for (CameraMove move : CameraMove.values()) {
            for (int f = 0; f < 24 * 10; f++) {
                rig = rig.step(move, terrain, DT);
                Vec3 p = rig.position();
                assertTrue(p.y() >= terrain.heightAt(p.x(), p.z()) + 0.5,
                        move + " went underground at " + p);
            }
        }
    }

    @Test
    void speedChangesSmoothlyWhenTheMoveChanges() {
        Terrain terrain = new Terrain(3, Setting.FOREST, Water.STREAM);
        CameraRig rig = CameraRig.spawn(terrain);
        CameraMove[] moves = {CameraMove.STATIC, CameraMove.AERIAL, CameraMove.STATIC,
            CameraMove.ORBIT, CameraMove.PAN};
        for (CameraMove move : moves) {
            for (int f = 0; f < 48; f++) {
                CameraRig next = rig.step(move, terrain, DT);
                assertTrue(Math.abs(next.speed() - rig.speed()) / DT < 20,
                        "acceleration under 20 m/s² entering " + move);
                rig = next;
            }
        }
    }

    @Test
    void longFlightsStayOverTheTerrain() {
        Terrain terrain = new Terrain(11, Setting.GRASSLAND, Water.NONE);
        CameraRig rig = CameraRig.spawn(terrain);
        for (int f = 0; f < 24 * 600; f++) rig = rig.step(CameraMove.AERIAL, terrain, DT);
        Vec3 p = rig.position();
        double half = terrain.extent() / 2;
        assertTrue(Math.abs(p.x()) < half && Math.abs(p.z()) < half, "left the map: " + p);
    }
}
