package dev.longshot.render;

import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;

/**
 * The catalog's vehicles, long along local z with their front at −z: cars, trucks, buses,
 * bicycles, motorcycles, a train, a cart; boats, sailboats, junks with battened sails, ships; planes,
 * helicopters with a turning rotor, hot-air balloons. Colours from the recipe's palette,
 * picked by the vehicle's seed. From dusk on a train's carriages and a bus show rows of lit
 * windows, and road vehicles headlamps, tail lamps and a pool of light ahead
 * ({@link VehicleLamps}), so they read against the dark.
 */
final class VehicleMeshes {
    private static final int TYRE = 0x1E1E20, GLASS = 0x2A3440, HULL = 0x6A4A2E;

    private VehicleMeshes() {}

    /**
     * Vehicle {@code p} in frame {@code f} (its middle, at its pose), {@code t} seconds in,
     * {@code dark} how dark it is (0 day … 1 night, {@link LightMeshes#darkness}).
     */
    static void build(MeshBatch b, Xform f, Prop p, double t, double dark) {
        double len = p.depth(), w = p.width(), h = p.height();
        int paint = Parts.palette(p.thing(), (int) (p.unit(1) * 3), 0xC0202A);
        switch (p.thing()) {
            case "car" -> {
                car(b, f, len, w, h, paint);
                if (dark >= LightMeshes.DUSK) VehicleLamps.tail(b, f, len, w * 0.7, h * 0.35);
            }
            case "truck", "bus" -> {
                Parts.block(b, f, w, len, 0.5, h, paint);
                boolean bus = p.thing().equals("bus");
                double band = bus ? 0.55 : 0.75;
                Parts.block(b, f, w + 0.04, len * 0.9, h * band, h * 0.85,
                        bus ? GLASS : Parts.palette(p.thing(), 1, 0xC02020));
                if (bus) {   // the windscreen and the rear window
                    Parts.block(b, f, w * 0.85, len + 0.04, h * 0.45, h * 0.85, GLASS);
                }
                wheels(b, f, len, w, 0.5);
                if (dark < LightMeshes.DUSK) break;
                if (bus) {
                    VehicleLamps.windows(b, f, len * 0.85, w, h * 0.58, h * 0.82);
                    VehicleLamps.ends(b, f, len, w * 0.75, h * 0.5, h * 0.82);
                }
                VehicleLamps.headlamps(b, f, len + 0.04, w * 0.7, 0.8, 1.05);
                VehicleLamps.tail(b, f, len + 0.04, w * 0.7, 1.0);
            }
            case "bicycle" -> {
                for (int s = -1; s <= 1; s += 2) {
                    Primitives.frustum(b, f.translate(0, 0.35, s * 0.55).rotateZ(90)
                            .translate(0, -0.02, 0).scale(1, 0.04, 1), 10, 0.35, 0.35, TYRE);
                }
                Parts.block(b, f.translate(0, 0, 0), 0.06, 1.0, 0.6, 0.66, paint);
                Parts.block(b, f.translate(0, 0, 0.1), 0.06, 0.06, 0.35, 0.95, paint);
            }
            case "motorcycle" -> motorcycle(b, f, len, paint);
            case "train" -> train(b, f, len, w, h, paint, dark >= LightMeshes.DUSK);
            case "steam-train" -> SteamTrainMesh.build(b, f, len, w, h,
                    Parts.palette("steam-train", 1, 0x5A2A22), t, dark >= LightMeshes.DUSK);
            case "cart" -> {
                Parts.block(b, f, w, len * 0.6, 0.7, 1.3, paint);
                for (int s = -1; s <= 1; s += 2) {
                    Primitives.frustum(b, f.translate(s * w / 2, 0.55, 0).rotateZ(90)
                            .translate(0, -0.05, 0).scale(1, 0.1, 1), 8, 0.55, 0.55, HULL);
                    Parts.block(b, f.translate(s * 0.4, 0, -len * 0.45), 0.08, len * 0.4, 0.8,
                            0.9, HULL);
                }
            }
            case "boat", "sailboat", "junk", "ship" -> Boats.build(b, f, p, paint);
            case "plane" -> plane(b, f, len, w, paint);
            case "helicopter" -> {
                Primitives.ellipsoid(b, f.translate(0, h * 0.45, -len * 0.15).scale(w / 2,
                        h * 0.4, len * 0.3), 3, 8, paint);
                Parts.block(b, f.translate(0, 0, len * 0.3), 0.4, len * 0.5, h * 0.5, h * 0.62,
                        paint);
                Parts.block(b, f.translate(0, 0, -len * 0.1), w * 0.9, 0.15, 0, 0.1, TYRE);
                Xform rotor = f.translate(0, h * 0.9, -len * 0.1).rotateY(t * 1100 % 360);
                Parts.block(b, rotor, 0.35, len * 0.9, 0, 0.08, TYRE);
                Parts.block(b, rotor, len * 0.9, 0.35, 0, 0.08, TYRE);
            }
            case "balloon" -> {
                double r = w / 2;
                for (int k = 0; k < 3; k++) {   // stripes of the palette, bottom to top
                    Primitives.frustum(b, f.translate(0, h * 0.35 + k * r * 0.55, 0)
                            .scale(1, r * 0.55, 1), 10, r * (0.55 + 0.25 * k), r * (0.8 + 0.2 * k
                            - 0.1 * k * k), Parts.palette("balloon", k, paint));
                }
                Primitives.ellipsoid(b, f.translate(0, h * 0.35 + 1.65 * r, 0).scale(r, r * 0.7, r),
                        3, 10, Parts.palette("balloon", 0, paint));
                Parts.block(b, f, 1.2, 1.2, 0, 1.0, HULL);
            }
            default -> Parts.block(b, f, w, len, 0, h, paint);
        }
    }

    /**
     * Three carriages, the first in the palette's colour; when {@code lit}, a lit pane in
     * each bay of the window band on both sides and a headlamp on the engine's front.
     */
    private static void train(MeshBatch b, Xform f, double len, double w, double h, int paint,
            boolean lit) {
        int cars = 3;
        double seg = len / cars;
        for (int k = 0; k < cars; k++) {
            Xform c = f.translate(0, 0, -len / 2 + seg * (k + 0.5));
            Parts.block(b, c, w, seg - 0.8, 0.7, h, k == 0 ? paint
                    : Parts.palette("train", 1, 0xE8E8E8));
            Parts.block(b, c, w + 0.04, seg - 1.6, h * 0.55, h * 0.8, GLASS);
            wheels(b, c, seg - 1, w, 0.55);
            if (lit) VehicleLamps.windows(b, c, seg - 1.6, w, h * 0.58, h * 0.77);
        }
        if (lit) {
            Parts.block(b, f.translate(0, 0, -len / 2 + 0.37), w * 0.3, 0.04, h * 0.3,
                    h * 0.45, MeshBatch.GLOW | VehicleLamps.HEADLAMP);
        }
    }

    private static void car(MeshBatch b, Xform f, double len, double w, double h, int paint) {
        Parts.block(b, f, w, len, 0.3, h * 0.55, paint);
        Parts.block(b, f.translate(0, 0, len * 0.05), w * 0.9, len * 0.5, h * 0.55, h, GLASS);
        Parts.block(b, f.translate(0, 0, len * 0.05), w * 0.92, len * 0.46, h * 0.95, h + 0.02,
                paint);
        wheels(b, f, len, w, 0.33);
        VehicleLamps.headlamps(b, f, len, w * 0.6, h * 0.35, h * 0.45);
    }

    /** Two fat wheels, engine, tank, seat, fork and handlebar, a lit headlamp at the front. */
    private static void motorcycle(MeshBatch b, Xform f, double len, int paint) {
        double r = 0.32, axle = len / 2 - r;
        for (int s = -1; s <= 1; s += 2) {
            Primitives.frustum(b, f.translate(0, r, s * axle).rotateZ(90)
                    .translate(0, -0.06, 0).scale(1, 0.12, 1), 10, r, r, TYRE);
        }
        Parts.block(b, f.translate(0, 0, 0.05), 0.34, len * 0.45, 0.28, 0.62, TYRE);
        Parts.block(b, f.translate(0, 0, -0.2), 0.4, len * 0.22, 0.6, 0.86, paint);
        Parts.block(b, f.translate(0, 0, 0.35), 0.3, len * 0.3, 0.7, 0.82, TYRE);
        Parts.block(b, f.translate(0, 0, -axle + 0.05), 0.08, 0.08, r, 1.02, TYRE);
        Parts.block(b, f.translate(0, 0, -axle + 0.1), 0.72, 0.05, 1.0, 1.05, TYRE);
        Parts.block(b, f.translate(0, 0, -axle - 0.02), 0.16, 0.06, 0.78, 0.9,
                MeshBatch.GLOW | 0xFFF4D0);
    }

    private static void wheels(MeshBatch b, Xform f, double len, double w, double r) {
        for (int i = -1; i <= 1; i += 2) {
            for (int s = -1; s <= 1; s += 2) {
                Primitives.frustum(b, f.translate(s * (w / 2 - 0.1), r, i * len * 0.32).rotateZ(90)
                        .translate(0, -0.12, 0).scale(1, 0.24, 1), 8, r, r, TYRE);
            }
        }
    }

    private static void plane(MeshBatch b, Xform f, double len, double span, int paint) {
        Primitives.ellipsoid(b, f.scale(len * 0.06, len * 0.07, len / 2), 3, 8, paint);
        Parts.block(b, f.translate(0, 0, -len * 0.05), span, len * 0.14, -0.3, 0.3, paint);
        Parts.block(b, f.translate(0, 0, len * 0.42), span * 0.35, len * 0.08, 0, 0.3, paint);
        Parts.block(b, f.translate(0, 0, len * 0.42), 0.3, len * 0.1, 0, len * 0.15,
                Terrain.lerpRgb(paint, 0xC02020, 0.6));
    }
}
