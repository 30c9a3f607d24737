package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Terrain;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.SceneryRequest;
import dev.longshot.world.scenery.Things;
import dev.longshot.world.scenery.VehicleMotion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each family builds a mesh where its thing stands; lamps glow; roofs curve. */
class ThingMeshesTest {
    private static final List<String> IDS = List.of("car", "truck", "bus", "bicycle", "motorcycle",
            "train",
            "cart", "boat", "sailboat", "junk", "ship", "plane", "helicopter", "balloon",
            "bridge", "pier", "lighthouse", "city-wall", "gate", "pagoda", "market-stall",
            "tent", "castle", "windmill", "road", "statue", "flag", "street-lamp", "lantern",
            "torch", "campfire", "acacia", "palm", "bamboo", "blossom-tree", "flowers",
            "tall-grass", "waterfall", "well");

    private static Terrain placeFor(String id, String style) {
        String way = Things.route(id).isEmpty() ? id : Things.route(id);
        return switch (way) {
            case "water", "pier", "lighthouse" -> new Terrain(5, Setting.COAST, Water.SEA,
                    new SceneryRequest("coast", style, List.of(id)));
            case "bridge" -> new Terrain(5, Setting.FOREST, Water.RIVER,
                    new SceneryRequest("forest", style, List.of(id)));
            default -> new Terrain(5, Setting.GRASSLAND, Water.NONE,
                    new SceneryRequest("grassland", style, List.of(id)));
        };
    }

    private static Prop first(Terrain t, String id) {
        return t.scenery().props().stream().filter(p -> p.thing().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not placed"));
    }

    /** The mesh of prop p as drawn (vehicles at their pose at 1 s). */
    private static MeshBatch mesh(Terrain t, Prop p) {
        MeshBatch b = new MeshBatch();
        b.beginPart();
        if (p.kind() == PropKind.VEHICLE) {
            VehicleMotion.Pose at = VehicleMotion.at(p, t, 1);
            VehicleMeshes.build(b, Xform.at(at.x(), at.y(), at.z()).rotateY(at.yawDeg()), p, 1,
                    0);
        } else {
            SceneryMeshes.part(b, p, t);
        }
        b.endPart();
        return b;
    }

    @Test
    void everyFamilyBuildsAMeshAtItsThing() {
        for (String id : IDS) {
            Terrain t = placeFor(id, null);
            Prop p = first(t, id);
            MeshBatch b = mesh(t, p);
            assertTrue(b.triangleCount() >= 4, id + " triangles " + b.triangleCount());
            double low = Double.MAX_VALUE, high = -Double.MAX_VALUE;
            for (int v = 0; v < b.vertexCount(); v++) {
                low = Math.min(low, b.y[v]);
                high = Math.max(high, b.y[v]);
            }
            double base = p.kind() == PropKind.VEHICLE
                    ? VehicleMotion.at(p, t, 1).y() : p.y();
            assertTrue(low <= base + 1.5 && low >= base - 8, id + " bottom " + low + " / " + base);
            assertTrue(high > base + 0.05, id + " top " + high);
        }
    }

    @Test
    void aChineseBoatIsAWupengBoatUnderABlackAwning() {
        Terrain chinese = placeFor("boat", "chinese-classical");
        Terrain plain = placeFor("boat", null);
        MeshBatch wupeng = mesh(chinese, first(chinese, "boat"));
        MeshBatch rowing = mesh(plain, first(plain, "boat"));
        assertTrue(wupeng.vertexCount() > rowing.vertexCount(), "an awning over the hull");
        // The awning rises above the gunwale, soot-black: a dark vertex over the hull's top.
        Prop boat = first(chinese, "boat");
        double top = 0.12 * boat.depth();                        // the hull's freeboard
        double waterline = chinese.waterLevel() + 0.2;            // bobbing aside
        boolean dark = false;
        for (int v = 0; v < wupeng.vertexCount(); v++) {
            int rgb = wupeng.albedo[v];
            int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
            if (lum < 150 && wupeng.y[v] > waterline + top + 0.3) dark = true;
        }
        assertTrue(dark, "no dark awning above the gunwale");
    }

    @Test
    void chineseRoofCornersSweepAboveTheEaveLine() {
        double w = 10, d = 8, rise = 3;
        double corner = CurvedRoof.height(w / 2, d / 2, w, d, rise);
        double midEave = CurvedRoof.height(0, d / 2, w, d, rise);
        assertTrue(corner > midEave + 0.3 * rise, corner + " vs " + midEave);
        // The slope is concave: halfway up the eave-to-ridge run it has risen less than half.
        assertTrue(CurvedRoof.height(0, d / 4, w, d, rise) < rise / 2);
        // And a chinese-classical house carries such a roof: vertices above the eave line.
        Terrain t = new Terrain(5, Setting.VILLAGE, Water.NONE,
                new SceneryRequest("village", "chinese-classical", List.of()));
        Prop house = t.scenery().props().stream().filter(p -> p.kind() == PropKind.HOUSE)
                .findFirst().orElseThrow();
        MeshBatch b = mesh(t, house);
        Prop unstyled = new Prop(house.kind(), house.id(), house.x(), house.y(), house.z(),
                house.yawDeg(), house.width(), house.depth(), house.height(), house.variant(),
                house.fade(), "", null);
        MeshBatch plain = mesh(new Terrain(5, Setting.VILLAGE, Water.NONE), unstyled);
        assertFalse(b.vertexCount() == plain.vertexCount(), "styled house differs");
    }

    @Test
    void lampsLightTheirSurroundingsOnlyAtNight() {
        Terrain t = placeFor("lantern", "chinese-classical");
        Lighting day = RenderFixture.daylight();
        Lighting night = new Lighting(new Vec3(0.3, -0.4, -0.5).normalized(), 0x304060, 0.0,
                0.08, 0x0A1020, 0x141C30, 0x101828, 0.0006);
        // Their light on what is round them (their glow is LampGlowTest's).
        assertTrue(PointLights.of(spec(t, day)).none());
        assertFalse(PointLights.of(spec(t, night)).none(), "no light thrown at night");
        // The lantern itself is emissive by day too.
        MeshBatch lamp = mesh(t, first(t, "lantern"));
        boolean emits = false;
        for (int v = 0; v < lamp.vertexCount(); v++) {
            emits |= (lamp.albedo[v] & MeshBatch.GLOW) != 0;
        }
        assertTrue(emits);
    }

    @Test
    void vehiclesAreDrawnWhereTheyAreEachFrame() {
        Terrain t = placeFor("bus", null);
        MovingThings source = new MovingThings();
        MeshBatch a = new MeshBatch(), b = new MeshBatch();
        source.fill(RenderFixture.spec(t, RenderFixture.cameraAt(t, 0, 0, 2, 0, 0),
                RenderFixture.daylight(), 0), a);
        source.fill(RenderFixture.spec(t, RenderFixture.cameraAt(t, 0, 0, 2, 0, 0),
                RenderFixture.daylight(), 48), b);
        assertTrue(a.parts() > 0);
        assertEquals(a.vertexCount(), b.vertexCount());
        boolean moved = false;
        for (int v = 0; v < a.vertexCount(); v++) moved |= a.z[v] != b.z[v];
        assertTrue(moved);
    }

    private static FrameSpec spec(Terrain t, Lighting light) {
        return RenderFixture.spec(t, RenderFixture.cameraAt(t, 0, 0, 2, 0, 0), light, 0);
    }
}
