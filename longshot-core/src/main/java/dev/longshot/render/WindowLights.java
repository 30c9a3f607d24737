package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.Things;

/**
 * Lit windows at night, the catalog's {@code window-light}: on the front and back walls of
 * every house, hall, temple, palace and castle of the scene, a row of window panes per
 * storey, some lit in the lamp colour of the recipe (seeded per building, so the same ones
 * every frame), and on the ground before each lit front the soft pool of light they throw,
 * as wide as the recipe's {@code radiusM}. Emissive, like every lamp: they keep their
 * colour in the dark; the pool is brighter the darker it is.
 */
final class WindowLights {
    static final String THING = "window-light";

    private WindowLights() {}

    /** True for the buildings that get lit windows. */
    static boolean lights(Prop p) {
        return p.kind() == PropKind.HOUSE || p.kind() == PropKind.TEMPLE
                || p.thing().equals("castle");
    }

    /** The windows of building {@code p} and their light, {@code dark} 0 … 1. */
    static void build(MeshBatch b, Prop p, Terrain ground, double dark) {
        int lamp = LightMeshes.colour(THING);
        int lit = MeshBatch.GLOW | lamp;
        Xform f = SceneryMeshes.frame(p);
        double w = p.width(), d = p.depth();
        double top = p.kind() == PropKind.HOUSE ? StrictMath.max(3, p.height() - 0.5 * d)
                : 0.5 * p.height();
        WindowGrid grid = WindowGrid.of(p, top);
        int shown = 0;
        for (int side = -1; side <= 1; side += 2) {
            Xform face = f.translate(0, 0, side * (d / 2 + 0.25)).rotateY(side > 0 ? 0 : 180);
            for (int s = 0; s < grid.storeys(); s++) {
                for (int k = 0; k < grid.across(); k++) {
                    if (grid.door(s, k)) continue;
                    if (p.unit(40 + 16 * s + k + (side > 0 ? 0 : 8)) > 0.6) continue;
                    Primitives.box(b, face.translate(grid.x(k), grid.y0(s) + 0.6, 0)
                            .scale(WindowGrid.PANE_W, WindowGrid.PANE_H, 0.06), lit);
                    shown++;
                }
            }
        }
        if (shown == 0) return;
        // The pool of light on the ground before the front.
        double reach = Things.recipe(THING).number("radiusM", 4);
        double x = f.x(0, 0, d / 2 + reach * 0.6), z = f.z(0, 0, d / 2 + reach * 0.6);
        int pool = MeshBatch.GLOW | Terrain.lerpRgb(0x141414, lamp, 0.12 + 0.2 * dark);
        Primitives.ellipsoid(b, Xform.at(x, ground.heightAt(x, z) + 0.12, z)
                .rotateY(p.yawDeg()).scale(w * 0.45, 0.05, reach), 2, 12, pool);
    }
}
