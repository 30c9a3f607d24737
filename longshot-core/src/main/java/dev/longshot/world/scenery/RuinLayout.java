package dev.longshot.world.scenery;

import dev.longshot.world.Terrain;

/**
 * An ancient city in stone: a great temple at the head of a paved plaza, smaller temples
 * around it (some roofless), a colonnade along the way in with broken and fallen columns,
 * and ruined walls scattered beyond.
 */
final class RuinLayout {
    private RuinLayout() {}

    static void build(Placement at) {
        Terrain t = at.terrain();
        long seed = t.seed() ^ 0xA7C1E47L;
        // The great temple faces the spawn point down the plaza.
        at.place(PropKind.TEMPLE, 0, -175, 0, 26, 40, 16, seed, 0.5);
        double[][] temples = {{-95, -250}, {105, -230}, {-150, -90}, {160, -120}, {10, -360}};
        for (int k = 0; k < temples.length; k++) {
            long h = Placement.hash(seed, k, 1);
            double s = 0.55 + 0.3 * Placement.unit(h);
            at.place(PropKind.TEMPLE, temples[k][0], temples[k][1],
                    90 * (int) (4 * Placement.unit(Placement.hash(h, 1, 0))),
                    26 * s, 40 * s, 16 * s, h, Placement.unit(Placement.hash(h, 2, 0)));
        }
        colonnade(at, seed);
        scatter(at, seed);
    }

    /** Two rows of columns along the way from the spawn point to the great temple. */
    private static void colonnade(Placement at, long seed) {
        int k = 0;
        for (double z = -30; z > -140; z -= 9, k++) {
            for (int side = -1; side <= 1; side += 2) {
                long h = Placement.hash(seed, k, side + 7);
                double u = Placement.unit(h);
                PropKind kind = u < 0.6 ? PropKind.COLUMN
                        : u < 0.85 ? PropKind.BROKEN_COLUMN : PropKind.FALLEN_COLUMN;
                column(at, kind, side * 15, z, h);
            }
        }
    }

    private static void column(Placement at, PropKind kind, double x, double z, long h) {
        double tall = 9;
        double fade = Placement.unit(Placement.hash(h, 3, 0));
        switch (kind) {
            case COLUMN -> at.place(kind, x, z, 0, 1.6, 1.6, tall, h, fade);
            case BROKEN_COLUMN -> at.place(kind, x, z, 0, 1.6, 1.6,
                    tall * (0.2 + 0.5 * Placement.unit(Placement.hash(h, 1, 0))), h, fade);
            default -> at.place(kind, x, z, 360 * Placement.unit(Placement.hash(h, 2, 0)),
                    tall * 0.8, 1.6, 1.6, h, fade);
        }
    }

    /** Broken columns, fallen drums and stretches of wall over the rest of the city. */
    private static void scatter(Placement at, long seed) {
        for (int k = 0; k < 140; k++) {
            long h = Placement.hash(seed, k, 99);
            double a = 2 * StrictMath.PI * Placement.unit(h);
            double r = 40 + 420 * Placement.unit(Placement.hash(h, 4, 0));
            double x = r * StrictMath.sin(a), z = -120 - r * StrictMath.cos(a);
            double u = Placement.unit(Placement.hash(h, 5, 0));
            if (u < 0.35) {
                double len = 8 + 14 * Placement.unit(Placement.hash(h, 6, 0));
                at.place(PropKind.WALL_RUIN, x, z, 360 * Placement.unit(Placement.hash(h, 7, 0)),
                        len, 1.4, 2 + 3 * Placement.unit(Placement.hash(h, 8, 0)), h,
                        Placement.unit(Placement.hash(h, 9, 0)));
            } else {
                column(at, u < 0.6 ? PropKind.COLUMN : u < 0.8 ? PropKind.BROKEN_COLUMN
                        : PropKind.FALLEN_COLUMN, x, z, h);
            }
        }
    }
}
