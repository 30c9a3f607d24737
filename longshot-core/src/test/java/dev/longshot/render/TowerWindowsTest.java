package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Sky;
import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.SceneryRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A modern city at night has lit windows in its towers, asked or not; by day none. */
class TowerWindowsTest {
    private static final Terrain CITY = new Terrain(7, Setting.CITY, Water.NONE,
            new SceneryRequest("city", "modern", List.of()));

    private static double windowShare(double hour) {
        FrameSpec spec = RenderFixture.spec(CITY, RenderFixture.cameraAt(CITY, 0, 0, 120, 30,
                -20), Sky.lighting(hour, Sky.WeatherState.of(Weather.CLEAR), 7, 10), 12);
        try (SoftwareRenderer r = new SoftwareRenderer(320, 180, 2)) {
            Frame f = r.render(spec);
            double towers = f.shown().share(EntityIds.bundled().of("tower"));
            assertTrue(towers > 0.1, "towers in view " + towers);
            return f.shown().share(EntityIds.bundled().of(WindowLights.THING));
        }
    }

    @Test
    void aNightCityShowsLitWindowsAndADayCityNone() {
        double night = windowShare(0);
        assertTrue(night > 0.01, "lit windows at night " + night);
        assertEquals(0, windowShare(12));
    }

    @Test
    void aTowerLightsSomeOfItsPanesTheSameOnesEveryTime() {
        var tower = CITY.scenery().props().stream()
                .filter(p -> p.kind() == dev.longshot.world.scenery.PropKind.TOWER)
                .findFirst().orElseThrow();
        MeshBatch a = new MeshBatch(), b = new MeshBatch();
        a.beginPart();
        TowerWindows.build(a, tower);
        a.endPart();
        b.beginPart();
        TowerWindows.build(b, tower);
        b.endPart();
        int panes = a.triangleCount() / 2;
        int room = 0;
        for (int k = 0; k < BuildingMeshes.bands(tower.height()); k++) room += 4 * 2;
        assertTrue(panes >= room / 2, "panes " + panes);
        assertEquals(a.triangleCount(), b.triangleCount());
        for (int v = 0; v < a.vertexCount(); v++) {
            assertEquals(a.albedo[v], b.albedo[v]);
            assertTrue((a.albedo[v] & MeshBatch.GLOW) != 0, "emissive");
        }
    }
}
