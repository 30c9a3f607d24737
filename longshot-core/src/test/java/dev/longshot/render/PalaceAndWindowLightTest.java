package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.ThingRef;
import dev.longshot.plan.Water;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.SceneryRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The palace takes the plan's style; lit windows light the buildings at night. */
class PalaceAndWindowLightTest {
    private static final Lighting NIGHT = new Lighting(new Vec3(0.3, -0.4, -0.5).normalized(),
            0x304060, 0.0, 0.08, 0x0A1020, 0x141C30, 0x101828, 0.0006);

    private static Prop palace(String style) {
        Terrain t = new Terrain(5, Setting.GRASSLAND, Water.NONE,
                new SceneryRequest("grassland", style, List.of("palace")));
        return t.scenery().props().stream().filter(p -> p.thing().equals("palace"))
                .findFirst().orElseThrow(() -> new AssertionError("no palace in " + style));
    }

    private static Set<Integer> colours(Prop p) {
        MeshBatch b = new MeshBatch();
        b.beginPart();
        SceneryMeshes.part(b, p, new Terrain(5, Setting.GRASSLAND, Water.NONE));
        b.endPart();
        assertTrue(b.triangleCount() > 100, p.style() + " palace: " + b.triangleCount());
        Set<Integer> out = new HashSet<>();
        for (int v = 0; v < b.vertexCount(); v++) out.add(b.albedo[v] & 0xFFFFFF);
        return out;
    }

    @Test
    void aChinesePalaceHasGoldenCurvedRoofsAEuropeanOneADome() {
        Set<Integer> chinese = colours(palace("chinese-classical"));
        Set<Integer> european = colours(palace("medieval-european"));
        assertTrue(chinese.contains(0xD8A42A) && chinese.contains(0x9A2A1E), "gold tiles, red");
        assertFalse(chinese.contains(0x5E7C78), "no dome");
        assertTrue(european.contains(0x5E7C78) && european.contains(0xE2D8C0), "dome, ashlar");
        assertFalse(european.contains(0xD8A42A));
        // Unstyled and greco-roman places get the European palace, not a temple.
        assertTrue(colours(palace(null)).contains(0x5E7C78));
        assertTrue(colours(palace("greco-roman")).contains(0x5E7C78));
    }

    private static FrameSpec spec(Terrain t, Lighting light, List<String> things) {
        ScenePlan base = RenderFixture.plan(t);
        PlanKeys k = base.keys();
        PlanKeys keys = new PlanKeys(k.setting(), k.style(), k.water(), k.timeOfDay(),
                k.weather(), k.sky(), k.subjects(),
                things.stream().map(id -> new ThingRef(id, id)).toList(), k.camera(),
                k.transition(), k.approximated(), k.notShown());
        ScenePlan plan = new ScenePlan(base.t(), base.text(), base.setting(), base.water(),
                base.timeOfDay(), base.weather(), base.subjects(), base.camera(),
                base.unrecognized(), base.scene(), base.transition(), base.named(), keys);
        return new FrameSpec(new Timecode(0, 24), plan, t, RenderFixture.cameraAt(t, 0, 0, 2,
                0, 0), light, true);
    }

    private static int glowing(MeshBatch b) {
        int n = 0;
        for (int v = 0; v < b.vertexCount(); v++) {
            if ((b.albedo[v] & MeshBatch.GLOW) != 0) n++;
        }
        return n;
    }

    @Test
    void litWindowsGlowOnTheBuildingsOnlyAtNightAndOnlyWhenAsked() {
        Terrain t = new Terrain(5, Setting.VILLAGE, Water.NONE,
                new SceneryRequest("village", "medieval-european", List.of("window-light")));
        long houses = t.scenery().props().stream().filter(WindowLights::lights).count();
        assertTrue(houses >= 3, "houses " + houses);
        // Nothing stands in the place for the windows themselves: they are on the houses.
        assertTrue(t.scenery().props().stream().noneMatch(p -> p.kind() == PropKind.LIGHT
                && p.thing().equals("window-light")));
        MovingThings source = new MovingThings();
        MeshBatch asked = new MeshBatch(), dark = new MeshBatch(), day = new MeshBatch();
        source.fill(spec(t, NIGHT, List.of("window-light")), asked);
        source.fill(spec(t, NIGHT, List.of()), dark);
        source.fill(spec(t, RenderFixture.daylight(), List.of("window-light")), day);
        // The village's own lamps throw their light either way; the windows only when asked.
        assertTrue(asked.parts() - dark.parts() >= houses / 2,
                "lit buildings " + (asked.parts() - dark.parts()));
        assertEquals(asked.vertexCount(), glowing(asked), "windows and their light glow");
        assertEquals(0, day.parts(), "by day");
    }

    @Test
    void litWindowsBrightenTheNightScene() {
        Terrain t = new Terrain(5, Setting.VILLAGE, Water.NONE,
                new SceneryRequest("village", "chinese-classical", List.of("window-light")));
        Prop house = t.scenery().props().stream().filter(WindowLights::lights).findFirst()
                .orElseThrow();
        Xform f = SceneryMeshes.frame(house);
        double x = f.x(0, 0, house.depth() / 2 + 16), z = f.z(0, 0, house.depth() / 2 + 16);
        double yaw = StrictMath.toDegrees(StrictMath.atan2(house.x() - x, -(house.z() - z)));
        var cam = new dev.longshot.world.camera.Camera(new Vec3(x, house.y() + 2, z), yaw, 0,
                50);
        try (SoftwareRenderer r = new SoftwareRenderer(160, 90, 2)) {
            int[] lit = r.render(withCamera(spec(t, NIGHT, List.of("window-light")), cam))
                    .rgb().clone();
            int[] unlit = r.render(withCamera(spec(t, NIGHT, List.of()), cam)).rgb();
            long a = 0, b = 0;
            for (int i = 0; i < lit.length; i++) {
                a += EdgeAntialias.luma(lit[i]);
                b += EdgeAntialias.luma(unlit[i]);
            }
            assertTrue(a > b * 1.02, "lit " + a + " vs dark " + b);
        }
    }

    private static FrameSpec withCamera(FrameSpec s, dev.longshot.world.camera.Camera c) {
        return new FrameSpec(s.time(), s.plan(), s.terrain(), c, s.lighting(), s.cut());
    }
}
