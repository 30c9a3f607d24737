package dev.longshot.render;

import dev.longshot.world.Terrain;

/**
 * A steam train, long along local z with its front at −z: a black locomotive — boiler,
 * smokebox, chimney, cab, big driving wheels and a lit lamp on its buffer beam — its tender,
 * and two coaches. White steam puffs from the chimney and drifts back over the train, so it
 * reads through fog and at a distance; the puffs cycle with the world's clock.
 */
final class SteamTrainMesh {
    private static final int IRON = 0x1E2022, SMOKEBOX = 0x141516, BRASS = 0xB08A3A;
    private static final int WHEEL = 0x5A1E1A, GLASS = 0x2A3440, ROOF = 0x3A3A3C;
    private static final int LAMP = MeshBatch.GLOW | 0xFFF0C0;
    private static final int STEAM = 0xF0F0EC, STEAM_THIN = 0xC4C8CC;
    /** Puffs of steam in the air at once, and how many rise a second. */
    private static final int PUFFS = 6;
    private static final double PUFF_RATE = 1.2;

    private SteamTrainMesh() {}

    /** The train {@code len} × {@code w} × {@code h}, coaches in {@code coach}, at {@code t} s. */
    static void build(MeshBatch b, Xform f, double len, double w, double h, int coach,
                      double t, boolean lit) {
        double loco = 0.3 * len, tender = 0.12 * len, carriage = (len - loco - tender) / 2;
        double front = -len / 2;
        // Locomotive: frame, boiler along z, smokebox at the front, chimney, dome, cab.
        double boilerY = 0.62 * h, r = 0.26 * h;
        Parts.block(b, f.translate(0, 0, front + loco / 2), w * 0.85, loco, 0.6, 1.1, IRON);
        Primitives.frustum(b, f.translate(0, boilerY, front + loco - 0.3 * loco).rotateX(90)
                .scale(1, 0.65 * loco, 1), 10, r, r, IRON);
        Primitives.frustum(b, f.translate(0, boilerY, front + 0.05 * loco + 1.2).rotateX(90)
                .scale(1, 1.2, 1), 10, r * 1.05, r * 1.05, SMOKEBOX);
        double chimneyZ = front + 0.12 * loco;
        Parts.post(b, f.translate(0, 0, chimneyZ), 0.55, boilerY + r * 0.8, h * 1.05,
                SMOKEBOX);
        Parts.post(b, f.translate(0, 0, front + 0.45 * loco), 0.7, boilerY + r * 0.7,
                boilerY + r * 1.25, BRASS);
        double cabZ = front + loco - 0.13 * loco;
        Parts.block(b, f.translate(0, 0, cabZ), w * 0.9, 0.26 * loco, 1.1, h * 0.95, IRON);
        Parts.block(b, f.translate(0, 0, cabZ), w * 0.95, 0.3 * loco, h * 0.95, h, ROOF);
        Parts.block(b, f.translate(0, 0, cabZ - 0.06 * loco), w * 0.92, 0.1 * loco, h * 0.62,
                h * 0.85, GLASS);
        for (int k = 0; k < 3; k++) {     // driving wheels, red as the old engines' were
            double z = front + loco * (0.35 + 0.2 * k);
            for (int s = -1; s <= 1; s += 2) {
                Primitives.frustum(b, f.translate(s * (w / 2 - 0.25), 0.75, z).rotateZ(90)
                        .translate(0, -0.1, 0).scale(1, 0.2, 1), 10, 0.75, 0.75, WHEEL);
            }
        }
        // The lamp on the buffer beam: lit by day too, a train's mark in fog.
        Parts.block(b, f.translate(0, 0, front - 0.02), 0.5, 0.06, 1.2, 1.7, LAMP);
        // Tender, then two coaches with windows.
        Parts.block(b, f.translate(0, 0, front + loco + tender / 2), w * 0.9, tender - 0.6,
                0.6, h * 0.7, IRON);
        int window = lit ? MeshBatch.GLOW | LightMeshes.colour(WindowLights.THING) : GLASS;
        for (int k = 0; k < 2; k++) {
            Xform c = f.translate(0, 0, front + loco + tender + carriage * (k + 0.5));
            Parts.block(b, c, w, carriage - 0.8, 0.7, h * 0.9, coach);
            Parts.block(b, c, w + 0.04, carriage - 2, h * 0.5, h * 0.72, window);
            Parts.block(b, c, w * 0.9, carriage - 0.6, h * 0.9, h * 0.98, ROOF);
            for (int i = -1; i <= 1; i += 2) {
                for (int s = -1; s <= 1; s += 2) {
                    Primitives.frustum(b, c.translate(s * (w / 2 - 0.1), 0.45,
                            i * carriage * 0.32).rotateZ(90).translate(0, -0.12, 0)
                            .scale(1, 0.24, 1), 8, 0.45, 0.45, IRON);
                }
            }
        }
        steam(b, f, chimneyZ, h * 1.05, t);
    }

    /** Puffs rising from the chimney top and trailing back over the train as they thin. */
    private static void steam(MeshBatch b, Xform f, double z0, double y0, double t) {
        for (int k = 0; k < PUFFS; k++) {
            double age = t * PUFF_RATE / PUFFS + k / (double) PUFFS;
            age -= StrictMath.floor(age);
            double size = 0.6 + 2.2 * age;
            int rgb = Terrain.lerpRgb(STEAM, STEAM_THIN, age);
            Primitives.ellipsoid(b, f.translate(0.4 * age, y0 + 0.5 + 3.5 * age,
                    z0 + 10 * age).scale(size, 0.8 * size, 1.2 * size), 3, 8, rgb);
        }
    }
}
