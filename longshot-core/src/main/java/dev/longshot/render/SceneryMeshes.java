package dev.longshot.render;

import dev.longshot.plan.Setting;
import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;

/**
 * The fixed things of a scene beyond terrain, water and trees — rocks, bushes, lava, smoke,
 * and (through {@link BuildingMeshes}) houses, towers, temples and ruins — built once per
 * terrain from the world's {@link dev.longshot.world.scenery.Scenery}, one part per thing.
 */
final class SceneryMeshes {
    private static final int LAVA = MeshBatch.GLOW | 0xFF6A14;

    private SceneryMeshes() {}

    /** Clears {@code out} and fills it with the scenery of {@code terrain}. */
    static void build(Terrain terrain, MeshBatch out) {
        out.clear();
        EntityIds ids = EntityIds.bundled();
        int ground = ids.of(terrain.setting().id());
        for (Prop p : terrain.scenery().props()) {
            if (p.kind().tree()) continue; // instanced by TreeMesh
            if (p.kind() == PropKind.VEHICLE) continue; // moves: MovingThings
            out.beginPart(EntityIds.ground(p.kind()) ? ground : ids.of(p));
            part(out, p, terrain);
            out.endPart();
        }
    }

    /** The mesh of one standing prop (not a tree or vehicle) into the open part. */
    static void part(MeshBatch out, Prop p, Terrain terrain) {
        switch (p.kind()) {
            case STRUCTURE, SPAN -> StructureMeshes.build(out, p, terrain);
            case LIGHT -> LightMeshes.build(out, p);
            case SHAPED_TREE, PLANT -> {
                if (p.thing().equals("crops")) CropMeshes.build(out, p, terrain);
                else PlantMeshes.build(out, p);
            }
            case WATERFALL -> StructureMeshes.waterfall(out, p);
            case ROAD -> StructureMeshes.road(out, p, terrain);
            case RAIL -> RailMeshes.track(out, p);
            case HOUSE, TOWER, TEMPLE -> {
                if (StyledBuildings.draws(p)) StyledBuildings.build(out, p);
                else BuildingMeshes.build(out, p);
            }
            case ROCK -> rock(out, p, terrain.setting());
            case BUSH -> bush(out, p);
            case LAVA_POOL -> lavaPool(out, p);
            case LAVA_FLOW -> lavaFlow(out, p, terrain);
            case SMOKE -> smoke(out, p);
            default -> BuildingMeshes.build(out, p);
        }
    }

    /** The prop's frame: at its foot, turned by its yaw. */
    static Xform frame(Prop p) {
        return Xform.at(p.x(), p.y(), p.z()).rotateY(p.yawDeg());
    }

    private static void rock(MeshBatch b, Prop p, Setting setting) {
        int base = switch (setting) {
            case CANYON -> 0x9A5A3A;
            case DESERT -> 0xA88A60;
            case VOLCANO -> 0x2C2826;
            case SNOWFIELD -> 0x8A9098;
            case MOUNTAINS -> 0x7A7670;
            default -> 0x82807A;
        };
        int rgb = Terrain.lerpRgb(base, 0x4A4844, 0.35 * p.unit(1));
        Xform xf = frame(p).translate(0, 0.25 * p.height(), 0)
                .scale(p.width() / 2, p.height(), p.depth() / 2);
        Primitives.ellipsoid(b, xf, 3, 5, rgb);
    }

    private static void bush(MeshBatch b, Prop p) {
        int rgb = Terrain.lerpRgb(0x3E5E24, 0x6A8A34, p.unit(1));
        Xform xf = frame(p).translate(0, 0.45 * p.height(), 0)
                .scale(p.width() / 2, 0.6 * p.height(), p.depth() / 2);
        Primitives.ellipsoid(b, xf, 3, 6, rgb);
    }

    private static void lavaPool(MeshBatch b, Prop p) {
        Xform xf = Xform.at(p.x(), p.y() + p.height(), p.z()).scale(p.width() / 2, 1.5,
                p.depth() / 2);
        Primitives.ellipsoid(b, xf, 3, 12, LAVA);
    }

    /** A glowing ribbon draped over the ground along the segment, in three strips. */
    private static void lavaFlow(MeshBatch b, Prop p, Terrain ground) {
        Xform xf = Xform.at(p.x(), 0, p.z()).rotateY(p.yawDeg());
        int rgb = MeshBatch.GLOW | Terrain.lerpRgb(0xE8400C, 0xFF9A2A, p.unit(2));
        int steps = 3;
        int[] left = new int[steps + 1], right = new int[steps + 1];
        for (int k = 0; k <= steps; k++) {
            double along = p.depth() * (k / (double) steps - 0.5);
            left[k] = draped(b, xf, ground, -p.width() / 2, along, rgb);
            right[k] = draped(b, xf, ground, p.width() / 2, along, rgb);
        }
        for (int k = 0; k < steps; k++) {
            Primitives.wound(b, left[k], right[k], right[k + 1]);
            Primitives.wound(b, left[k], right[k + 1], left[k + 1]);
        }
    }

    private static int draped(MeshBatch b, Xform xf, Terrain ground, double across,
                              double along, int rgb) {
        return draped(b, xf, ground, across, along, rgb, 0.7);
    }

    /** A vertex on the ground {@code lift} metres up, at (across, along) of frame xf. */
    static int draped(MeshBatch b, Xform xf, Terrain ground, double across, double along,
                      int rgb, double lift) {
        double x = xf.x(across, 0, along), z = xf.z(across, 0, along);
        return b.vertex(x, ground.heightAt(x, z) + lift, z, 0, 1, 0, rgb);
    }

    /** A puff of the plume; the lowest ones lit orange from the lava beneath. */
    private static void smoke(MeshBatch b, Prop p) {
        double top = p.y() + p.height();
        double lift = StrictMath.min(1, p.height() / 260);
        int rgb = Terrain.lerpRgb(0x4A4644, 0x8E8A86, lift + 0.15 * p.unit(1));
        if (p.height() < 60) rgb = MeshBatch.GLOW | Terrain.lerpRgb(0xD0581E, 0x6A3A2A,
                p.height() / 60);
        Xform xf = Xform.at(p.x(), top, p.z()).rotateY(360 * p.unit(2))
                .scale(p.width() / 2, p.width() * 0.36, p.depth() / 2);
        Primitives.ellipsoid(b, xf, 4, 8, rgb);
    }
}
