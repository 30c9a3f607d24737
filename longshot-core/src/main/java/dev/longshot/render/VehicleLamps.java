package dev.longshot.render;

/**
 * The lights of a road or rail vehicle after dusk, long along local z with its front at −z:
 * rows of lit windows along both sides (a train's carriages, a bus), headlamps and red tail
 * lamps. Emissive like the buildings' window light, so a vehicle reads against the dark.
 */
final class VehicleLamps {
    static final int HEADLAMP = 0xFFF4D0, TAIL = 0xD02018;
    /** A bay of windows along a side, metres, and the pillar between two panes. */
    private static final double BAY = 1.6, PILLAR = 0.3;

    private VehicleLamps() {}

    /**
     * A lit pane in every bay of the window band from {@code y0} to {@code y1} along both
     * sides of a body {@code w} wide, over {@code len} metres, just proud of its glass.
     */
    static void windows(MeshBatch b, Xform f, double len, double w, double y0, double y1) {
        int lamp = MeshBatch.GLOW | LightMeshes.colour(WindowLights.THING);
        int bays = (int) StrictMath.max(1, len / BAY);
        double bay = len / bays;
        for (int i = 0; i < bays; i++) {
            double z = -len / 2 + bay * (i + 0.5);
            for (int s = -1; s <= 1; s += 2) {
                Parts.block(b, f.translate(s * (w / 2 + 0.05), 0, z), 0.04, bay - PILLAR, y0, y1,
                        lamp);
            }
        }
    }

    /**
     * The lit windscreen and rear window: one pane {@code wide} across each end of a body
     * {@code len} long, from {@code y0} to {@code y1}.
     */
    static void ends(MeshBatch b, Xform f, double len, double wide, double y0, double y1) {
        Parts.block(b, f, wide, len + 0.08, y0, y1,
                MeshBatch.GLOW | LightMeshes.colour(WindowLights.THING));
    }

    /** Two headlamps {@code apart} metres apart on the front of a body {@code len} long. */
    static void headlamps(MeshBatch b, Xform f, double len, double apart, double y0, double y1) {
        int lamp = MeshBatch.GLOW | HEADLAMP;
        for (int s = -1; s <= 1; s += 2) {
            Parts.block(b, f.translate(s * apart / 2, 0, -len / 2), 0.3, 0.05, y0, y1, lamp);
        }
    }

    /** Red tail lamps {@code apart} metres apart at the back of a body {@code len} long. */
    static void tail(MeshBatch b, Xform f, double len, double apart, double y) {
        for (int s = -1; s <= 1; s += 2) {
            Parts.block(b, f.translate(s * apart / 2, 0, len / 2), 0.3, 0.05, y, y + 0.15,
                    MeshBatch.GLOW | TAIL);
        }
    }
}
