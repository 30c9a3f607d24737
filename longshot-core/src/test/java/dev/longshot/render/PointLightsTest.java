package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import org.junit.jupiter.api.Test;

/** Lanterns, torches, campfires and street lamps light what is round them at night. */
class PointLightsTest {
    private static final Terrain CAMP = RenderFixture.CAMP;

    private static Prop fire() {
        return RenderFixture.campfire();
    }

    private static FrameSpec at(double hour) {
        return RenderFixture.campAt(hour);
    }

    private static float[] lampLight(PointLights lamps, double x, double z) {
        float[] rgb = new float[3];
        lamps.add(x, CAMP.heightAt(x, z), z, rgb);
        return rgb;
    }

    @Test
    void aCampfireLightsTheGroundNearItAtNightAndNothingFarOff() {
        PointLights night = PointLights.of(at(0));
        Prop f = fire();
        float[] near = lampLight(night, f.x() + 2, f.z());
        float[] mid = lampLight(night, f.x() + 6, f.z());
        float[] far = lampLight(night, f.x() + 30, f.z());
        assertTrue(near[0] > 0.5f, "fire-lit ground, red " + near[0]);
        assertTrue(near[0] > near[2], "warm light");
        assertTrue(mid[0] > 0 && mid[0] < near[0], "fading with distance " + mid[0]);
        assertEquals(0f, far[0] + far[1] + far[2], "no light 30 m off");
    }

    @Test
    void byDayTheLampsAddNothing() {
        assertTrue(PointLights.of(at(12)).none());
    }

    @Test
    void aVertexBesideTheFireIsBrighterAtNightThanWithoutIt() {
        FrameSpec night = at(0);
        Prop f = fire();
        double x = f.x() + 1.5, z = f.z(), y = CAMP.heightAt(x, z);
        Projection proj = new Projection(night.camera(), 320, 180);
        Fog fog = new Fog().update(night.lighting().fogDensity());
        ShadedVertices unlit = new ShadedVertices();
        unlit.begin(proj, night.lighting(), fog, GridMesh.TERRAIN, 1);
        unlit.color(0, 0x4A6A30, 0.2f, x, y, z);
        ShadedVertices lit = new ShadedVertices();
        lit.lamps(PointLights.of(night));
        lit.begin(proj, night.lighting(), fog, GridMesh.TERRAIN, 1);
        lit.color(0, 0x4A6A30, 0.2f, x, y, z);
        assertTrue(lit.r[0] > 2 * unlit.r[0], lit.r[0] + " vs " + unlit.r[0]);
    }
}
