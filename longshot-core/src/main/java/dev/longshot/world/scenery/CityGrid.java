package dev.longshot.world.scenery;

/**
 * The city's plan: square blocks between streets on a {@link #PITCH}-metre grid, one street
 * along x = 0 (the avenue the spawn camera looks down) and one along z = 0.
 */
final class CityGrid {
    /** Street centre to street centre, metres. */
    static final double PITCH = 72;
    /** Street width kerb to kerb, metres. */
    static final double STREET = 16;
    /** How far the city reaches from the centre, metres. */
    static final double REACH = 900;

    private CityGrid() {}

    static boolean onStreet(double x, double z) {
        return offStreet(x) < STREET / 2 || offStreet(z) < STREET / 2;
    }

    /** Distance from coordinate {@code u} to the nearest street centre line. */
    static double offStreet(double u) {
        double r = u - PITCH * StrictMath.floor(u / PITCH + 0.5);
        return StrictMath.abs(r);
    }
}
