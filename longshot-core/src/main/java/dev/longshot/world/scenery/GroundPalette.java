package dev.longshot.world.scenery;

import dev.longshot.plan.Setting;
import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;

/**
 * The ground's base colour per setting, from where a point is and how high and steep it is:
 * banded rock in the canyon, sand with darker lee faces in the desert, streets in the city, a
 * dirt path through the village, beach and clifftop grass on the coast, snow on high peaks;
 * golden grass on the savanna, strips of crops on farmland, deep green in the jungle and
 * paving in a town's streets.
 */
public final class GroundPalette {
    /** Rock strata of the canyon walls, bottom to top, repeating. */
    private static final int[] STRATA = {
        0xB65A34, 0xCE8450, 0x9C4428, 0xDDA46E, 0xA8502E, 0xC06A3C, 0xE2B488, 0x8E3E24};
    private static final double STRATUM = 6.5;
    /** Crops of farmland, and the size of one field across and along, metres. */
    private static final int[] FIELDS = {0xD8BC5E, 0x6E9C3A, 0x93B657, 0x8A6A44, 0xC8B04A};
    /** How tall each field's crop stands, metres (ploughed earth: nothing growing). */
    private static final double[] CROP_HEIGHTS = {1.0, 0.7, 0.35, 0, 0.9};
    static final double FIELD_W = 60, FIELD_D = 90;

    private GroundPalette() {}

    /**
     * @param h     ground height, metres
     * @param slope rise over run: 0 flat, 1 at 45°
     */
    public static int albedo(Terrain t, ValueNoise noise, double x, double z, double h,
            double slope) {
        double steep = clamp((slope - 0.25) * 2.5);
        int color = switch (t.request().setting()) {
            case "savanna" -> savanna(noise, x, z, steep);
            case "farmland" -> farmland(t, noise, x, z, steep);
            case "jungle" -> Terrain.lerpRgb(Terrain.lerpRgb(0x35601F, 0x4F7A2C,
                    clamp(0.5 + noise.sample(x / 60, z / 60, 23))), 0x5A4E3A, steep);
            case "town" -> WaterTown.is(t.request(), t.water()) ? waterTown(t, noise, x, z, steep)
                    : VillageLayout.inTown(noise, x, z) ? cobbles(noise, x, z)
                    : Terrain.lerpRgb(0x6E9A46, 0x6A6A50, steep);
            default -> baseAlbedo(t, noise, x, z, h, slope, steep);
        };
        if (h < t.waterLevel() + 1.0 && !WaterTown.is(t.request(), t.water())) color = Terrain.lerpRgb(color, 0x8E7E5E, 0.6);
        return color;
    }

    /** Golden grass, greener in the hollows' patches, bare red earth on the slopes. */
    private static int savanna(ValueNoise noise, double x, double z, double steep) {
        double patch = clamp(0.5 + 0.9 * noise.sample(x / 90, z / 90, 24));
        int grass = Terrain.lerpRgb(0xD2B060, 0xA89C4E, patch * patch);
        return Terrain.lerpRgb(grass, 0x9A6A44, steep);
    }

    /**
     * Fields in a grid, each a crop of its own colour (ripe wheat, green rows, young shoots,
     * ploughed earth), mottled a little; their edges blend over one cell of the ground's mesh.
     */
    private static int farmland(Terrain t, ValueNoise noise, double x, double z, double steep) {
        int crop = fieldCrop(t, x, z);
        int c = Terrain.lerpRgb(crop, 0x4A3A24, 0.08 + 0.06 * noise.sample(x / 12, z / 12, 25));
        return Terrain.lerpRgb(c, 0x6A6A50, steep);
    }

    /** The crop colour of the farmland field (x, z) lies in. */
    public static int fieldCrop(Terrain t, double x, double z) {
        return FIELDS[field(t, x, z)];
    }

    /** How tall the crop of the field (x, z) lies in stands, metres; 0 for ploughed earth. */
    static double cropHeight(Terrain t, double x, double z) {
        return CROP_HEIGHTS[field(t, x, z)];
    }

    private static int field(Terrain t, double x, double z) {
        int i = (int) StrictMath.floor(x / FIELD_W), j = (int) StrictMath.floor(z / FIELD_D);
        return (int) Long.remainderUnsigned(Placement.hash(t.seed(), i, j), FIELDS.length);
    }

    /**
     * Whether the ground of {@code t} is patterned over the land (fields, patches, paved
     * streets), so the mesh takes each vertex's own colour; the older settings' ground is
     * one colour by height and slope, taken at the spawn point.
     */
    public static boolean patterned(Terrain t) {
        return switch (t.request().setting()) {
            case "savanna", "farmland", "jungle", "town" -> true;
            default -> false;
        };
    }

    /**
     * A water town's ground: grey stone on the canal's banks, paving on the lanes and among
     * the houses, grass beyond the town.
     */
    private static int waterTown(Terrain t, ValueNoise noise, double x, double z, double steep) {
        double fromBed = StrictMath.abs(x - t.channelCentre(z)) - t.channelHalfWidth();
        if (fromBed < WaterTown.BANK * 0.5) return 0x77746C;
        if (fromBed < WaterTown.TOWN_DEPTH) return cobbles(noise, x, z);
        return Terrain.lerpRgb(0x6E9A46, 0x6A6A50, steep);
    }

    /** Paving stones in two shades. */
    private static int cobbles(ValueNoise noise, double x, double z) {
        return Terrain.lerpRgb(0x8C8474, 0x6E675A, clamp(0.5 + noise.sample(x / 3, z / 3, 26)));
    }

    private static int baseAlbedo(Terrain t, ValueNoise noise, double x, double z, double h,
            double slope, double steep) {
        return switch (t.setting()) {
            case DESERT -> Terrain.lerpRgb(0xDCBA7A, 0xB98E56, clamp((slope - 0.12) * 3));
            case SNOWFIELD -> Terrain.lerpRgb(0xF2F5FA, 0xA8B2C0, clamp((slope - 0.45) * 2));
            case VOLCANO -> volcano(x, z, steep);
            case CANYON -> canyon(h, steep);
            case COAST -> coast(h, steep);
            case MOUNTAINS -> h > 230 + 25 * noise.sample(x / 90, z / 90, 20) && slope < 1.2
                    ? 0xEEF1F6 : Terrain.lerpRgb(0x5E7A45, 0x7A7570, steep);
            case CITY -> CityGrid.onStreet(x, z) ? 0x4A4B50 : 0x9A978E;
            case VILLAGE -> VillageLayout.onPath(noise, x, z) ? 0x9C8462
                    : Terrain.lerpRgb(0x6E9A46, 0x6A6A50, steep);
            case ANCIENT_CITY -> StrictMath.hypot(x, z + 120) < 150 ? 0xB8AC90
                    : Terrain.lerpRgb(0xA89C70, 0x8A7E64, steep);
            case GRASSLAND -> Terrain.lerpRgb(0x7EA44A, 0x6A7F45, steep);
            case SKY -> sky(h, steep);
            default -> Terrain.lerpRgb(0x4C7A34, 0x5E5A48, steep);
        };
    }

    private static int volcano(double x, double z, double steep) {
        double r = StrictMath.hypot(x - Landform.CONE_X, z - Landform.CONE_Z);
        int rock = Terrain.lerpRgb(0x3A3430, 0x221E1C, steep);
        // Scorched red-brown rock near the crater.
        double scorch = clamp(1 - (r - Landform.CRATER_RADIUS) / 160);
        return Terrain.lerpRgb(rock, 0x5A2E20, scorch);
    }

    private static int canyon(double h, double steep) {
        if (h < 3) return 0xC8966A; // sandy floor
        int k = (int) StrictMath.floor(h / STRATUM);
        int band = STRATA[Math.floorMod(k, STRATA.length)];
        return Terrain.lerpRgb(band, 0x6E3A24, 0.25 * (1 - steep)); // treads a little darker
    }

    private static int coast(double h, double steep) {
        if (steep > 0.4) return Terrain.lerpRgb(0x8C8270, 0x6A6458, steep); // cliff rock
        if (h > Landform.CLIFF_HEIGHT * 0.6) return 0x6E8E4A;                // clifftop grass
        return Terrain.lerpRgb(0xE0CFA0, 0xB8A070, clamp((h - 6) / 10));    // beach to dune
    }

    private static int sky(double h, double steep) {
        if (h <= Landform.CLOUD_TOP + 0.5) {
            // Cloud tops white, their hollows a cool grey-blue.
            return Terrain.lerpRgb(0xB8C4D8, 0xFAFBFD, clamp(h / Landform.CLOUD_TOP));
        }
        return h > 120 ? 0xEEF1F6 : Terrain.lerpRgb(0x6A6560, 0x4A4644, steep);
    }

    static double clamp(double t) {
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }
}
