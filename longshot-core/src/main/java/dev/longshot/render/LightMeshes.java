package dev.longshot.render;

import dev.longshot.world.Lighting;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.Things;

/**
 * The catalog's lights: a red silk lantern on a post (paper-white in other styles), a
 * street lamp, a torch, a campfire. Their flames and lamps are emissive (they keep their
 * colour in the dark); at night {@link LampGlow} adds the glow round them, and
 * {@link PointLights} the light they throw on what is round them.
 */
final class LightMeshes {
    /** Darkness (see {@link #darkness}) below which lamps neither glow nor light. */
    static final double DUSK = 0.15;
    private static final int POST = 0x3A2E26;

    private LightMeshes() {}

    /** The light's emitted colour from its recipe. */
    static int colour(String thing) {
        return Parts.hex(Things.recipe(thing).params().get("colour"), 0xFFC080);
    }

    static void build(MeshBatch b, Prop p) {
        Xform f = SceneryMeshes.frame(p);
        int glow = MeshBatch.GLOW | colour(p.thing());
        switch (p.thing()) {
            case "lantern" -> {
                boolean chinese = p.style() == null || p.style().equals("chinese-classical");
                double h = p.height();
                Parts.post(b, f, 0.14, -0.3, h, POST);
                Parts.block(b, f.translate(0.35, 0, 0), 0.8, 0.08, h - 0.08, h, POST);
                int silk = MeshBatch.GLOW | (chinese ? 0xE0321E : 0xF4E2B0);
                Primitives.ellipsoid(b, f.translate(0.65, h - 0.55, 0).scale(0.32, 0.38, 0.32),
                        3, 8, silk);
                Parts.block(b, f.translate(0.65, 0, 0), 0.2, 0.2, h - 0.98, h - 0.9, 0xD0A030);
            }
            case "street-lamp" -> {
                double h = p.height();
                Parts.post(b, f, 0.18, -0.3, h, 0x3A3C40);
                Parts.block(b, f.translate(0.6, 0, 0), 1.2, 0.12, h - 0.12, h, 0x3A3C40);
                Parts.block(b, f.translate(1.1, 0, 0), 0.5, 0.3, h - 0.35, h - 0.12, glow);
            }
            case "torch" -> {
                Parts.post(b, f, 0.1, -0.3, p.height(), 0x5A3A22);
                flame(b, f.translate(0, p.height(), 0), 0.22, 0.6, glow, p.unit(4));
            }
            case "campfire" -> {
                f = f.scale(p.width() / 1.6); // a bonfire of a camp is bigger than the first
                for (int k = 0; k < 5; k++) {
                    Xform log = f.rotateY(72 * k + 30 * p.unit(2)).translate(0, 0.12, 0.35);
                    Parts.block(b, log.rotateX(-20), 0.16, 0.16, -0.5, 0.5, 0x4A3020);
                }
                for (int k = -1; k <= 1; k++) {
                    flame(b, f.translate(0.18 * k, 0.1, 0.1 * k), 0.3, 1.0 - 0.25 * k * k,
                            glow, p.unit(5 + k));
                }
                Primitives.ellipsoid(b, f.scale(0.55, 0.06, 0.55), 2, 8, 0x2A2420);
            }
            default -> Primitives.ellipsoid(b, f.translate(0, p.height(), 0).scale(0.3), 2, 6,
                    glow);
        }
    }

    private static void flame(MeshBatch b, Xform f, double r, double h, int glow, double u) {
        Primitives.frustum(b, f.rotateY(90 * u).scale(1, h, 1), 5, r, 0, glow);
        Primitives.frustum(b, f.rotateY(45 + 90 * u).scale(1, h * 0.7, 1), 5, r * 0.6, 0,
                MeshBatch.GLOW | 0xFFE080);
    }

    /**
     * Where lamp {@code p}'s light burns, in the world: a torch's flame above its post, a
     * lantern's silk and a street lamp's head out on their arms, a campfire's flames.
     */
    static Vec3 lampAt(Prop p) {
        double along = 0, up;
        switch (p.thing()) {
            case "lantern" -> {
                along = 0.65;
                up = p.height() - 0.55;
            }
            case "street-lamp" -> {
                along = 1.1;
                up = p.height() - 0.25;
            }
            case "torch" -> up = p.height() + 0.25;
            case "campfire" -> up = 0.55 * p.width() / 1.6;
            default -> up = p.height() - 0.4;
        }
        Xform f = SceneryMeshes.frame(p);
        return new Vec3(f.x(along, up, 0), f.y(along, up, 0), f.z(along, up, 0));
    }

    /**
     * How dark it is, 0 (day) … 1 (night): from the sun's strength, or the night of the sky
     * (the night's moonlight keeps the sun's term low, the sky's says it is night).
     */
    static double darkness(Lighting light) {
        double bySun = StrictMath.max(0, StrictMath.min(1, 1 - light.sunIntensity() * 2.5));
        return StrictMath.max(bySun, light.atmosphere().night());
    }
}
