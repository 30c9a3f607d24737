package dev.longshot.render;

import dev.longshot.world.Atmosphere;
import dev.longshot.world.Fireworks;
import dev.longshot.world.Lightning;
import dev.longshot.world.Timecode;
import dev.longshot.world.ValueNoise;

/**
 * Crisp points over the sky, drawn per pixel where nothing nearer was drawn (the sky itself
 * is shaded on a coarser lattice): the stars at night, a lightning bolt at the height of a
 * flash, and the rising shells and falling sparks of fireworks ({@link Fireworks}). Built
 * once per frame on one thread (a few thousand projections), binned by tile; each tile task
 * then adds its own points, so the result does not depend on threads.
 */
final class SkyOverlay {
    /** Nothing to draw. */
    static final SkyOverlay NONE = new SkyOverlay(1, 1);
    private static final int TILE = TriangleBins.TILE;
    private static final float DIRECTION_DISTANCE = 1000;

    private final int width, height, tilesX;
    private int[] pixel = new int[256];   // (n) frame pixel index
    private int[] level = new int[256];   // (n) light added, packed 0xRRGGBB
    private int n;
    private int[] tileStart = new int[0];  // (tiles + 1) ranges into the sorted lists
    private int[] sortedPixel = new int[0], sortedLevel = new int[0];

    SkyOverlay(int width, int height) {
        this.width = width;
        this.height = height;
        this.tilesX = (width + TILE - 1) / TILE;
    }

    /** Rebuilds the points of one frame. */
    SkyOverlay build(Projection proj, SkyShader sky, Atmosphere air, Timecode time,
                     double yawDeg) {
        n = 0;
        if (air.stars() > 0.004) stars(proj, sky, (float) air.stars());
        if (air.flash() > 0.3) {
            Lightning.Strike s = Lightning.strikeAt(air.seed(), time.seconds());
            if (s != null) {
                bolt(proj, s.shape(), yawDeg + s.azimuthOffsetDeg(), (float) air.flash());
            }
        }
        double show = air.events().fireworks();
        if (show > 0.01) fireworks(proj, sky, air.seed(), time.seconds(), show);
        sortByTile();
        return this;
    }

    private void stars(Projection proj, SkyShader sky, float visibility) {
        for (int i = 0; i < StarField.COUNT; i++) {
            float x = StarField.X[i], y = StarField.Y[i], z = StarField.Z[i];
            int p = pixelOf(proj, x, y, z);
            if (p < 0) continue;
            // Low stars drown in the horizon's haze; clouds hide the ones behind them.
            float low = Math.min(1, y * 6);
            float v = StarField.LEVEL[i] * visibility * low * (1 - sky.cloudAlpha(x, y, z, 1));
            if (v >= 1) add(p, white((int) v));
        }
    }

    // A jagged stroke from under the cloud deck down to the horizon at heading yawDeg.
    private void bolt(Projection proj, long shape, double yawDeg, float flash) {
        long h = shape;
        double azimuth = StrictMath.toRadians(yawDeg);
        double elevation = StrictMath.toRadians(14 + 10 * ValueNoise.unit(ValueNoise.mix(h)));
        int steps = 14;
        int thick = Math.max(1, height / 240);
        int level = (int) (255 * Math.min(1, flash * 1.4f));
        float[] prev = null;
        for (int k = 0; k <= steps; k++) {
            h = ValueNoise.mix(h + k);
            double e = elevation * (1 - (double) k / steps);
            double a = azimuth + (ValueNoise.unit(h) - 0.5) * StrictMath.toRadians(2.5);
            double c = StrictMath.cos(e);
            float[] at = screen(proj, (float) (StrictMath.sin(a) * c), (float) StrictMath.sin(e),
                    (float) (-StrictMath.cos(a) * c));
            if (prev != null && at != null) line(prev, at, thick, white(level));
            prev = at;
        }
    }

    /**
     * Every shell of the show at {@code seconds}: a dim spark rising to its burst point, then
     * its sparks as short streaks from where they were a moment ago to where they are, in
     * the shell's colour, fading; clouds in front dim them.
     */
    private void fireworks(Projection proj, SkyShader sky, long seed, double seconds,
                           double show) {
        int thick = Math.max(1, height / 200);
        for (Fireworks.Shell s : Fireworks.shellsAt(seed, seconds)) {
            double age = s.age(seconds);
            double az = s.azimuthDeg();
            if (age < 0) {
                double climb = 1 + age / Fireworks.RISE_SECONDS;   // 0 at launch, 1 at burst
                float[] at = direction(az, 2 + (s.elevationDeg() - 2) * climb);
                float[] p = screen(proj, at[0], at[1], at[2]);
                int v = (int) (150 * show);
                if (p != null && v > 0) line(p, p, thick, rgb(0xFFE0A0, v));
                continue;
            }
            double level = s.sparkLevel(age) * show;
            if (level < 0.01) continue;
            int colour = SkyPalette.FIREWORKS[s.colour() % SkyPalette.FIREWORKS.length];
            // Young sparks burn white-hot, then take the shell's colour.
            int hot = Colors.mix(colour, 0xFFFFFF, (int) (200 * Math.max(0, 1 - age / 0.3)));
            float[] centre = direction(az, s.elevationDeg());
            if (screen(proj, centre) == null) continue;   // behind the camera
            float veil = 1 - sky.cloudAlpha(centre[0], centre[1], centre[2], 1) * 0.8f;
            int v = (int) Math.min(255, 400 * level * veil);
            if (v < 2) continue;
            for (int k = 0; k < Fireworks.PARTICLES; k++) {
                double[] now = s.spark(k, age);
                double[] was = s.spark(k, Math.max(0, age - 0.12));
                float[] a = screen(proj, direction(az + was[0], s.elevationDeg() + was[1]));
                float[] b = screen(proj, direction(az + now[0], s.elevationDeg() + now[1]));
                if (a != null && b != null) line(a, b, thick, rgb(hot, v));
            }
        }
    }

    // Unit direction at heading azimuthDeg (0: -z, as the camera's yaw) and elevationDeg.
    private static float[] direction(double azimuthDeg, double elevationDeg) {
        double a = StrictMath.toRadians(azimuthDeg), e = StrictMath.toRadians(elevationDeg);
        double c = StrictMath.cos(e);
        return new float[] {(float) (StrictMath.sin(a) * c), (float) StrictMath.sin(e),
            (float) (-StrictMath.cos(a) * c)};
    }

    private static float[] screen(Projection proj, float[] d) {
        return screen(proj, d[0], d[1], d[2]);
    }

    // Light of a cold white point of brightness v (0 … 255), packed.
    private static int white(int v) {
        return (v * 15 / 16) << 16 | (v * 31 / 32) << 8 | v;
    }

    // Colour c scaled by v / 255, packed.
    private static int rgb(int c, int v) {
        return ((c >> 16 & 255) * v / 255) << 16 | ((c >> 8 & 255) * v / 255) << 8
                | (c & 255) * v / 255;
    }

    private void line(float[] a, float[] b, int thick, int value) {
        float dx = b[0] - a[0], dy = b[1] - a[1];
        int steps = (int) Math.min(4 * (width + height), Math.max(Math.abs(dx), Math.abs(dy)));
        for (int s = 0; s <= steps; s++) {
            float t = steps == 0 ? 0 : (float) s / steps;
            int x = (int) Math.floor(a[0] + dx * t);
            int y = (int) Math.floor(a[1] + dy * t);
            for (int o = 0; o < thick; o++) {
                if (x + o >= 0 && x + o < width && y >= 0 && y < height) {
                    add(y * width + x + o, value);
                }
            }
        }
    }

    // Frame pixel the direction (x, y, z) lands on, or -1 when out of view.
    private int pixelOf(Projection proj, float x, float y, float z) {
        float[] s = screen(proj, x, y, z);
        if (s == null || s[0] < 0 || s[1] < 0 || s[0] >= width || s[1] >= height) return -1;
        return (int) s[1] * width + (int) s[0];
    }

    // Screen position (pixels, y down) of the direction (x, y, z), or null when behind.
    private static float[] screen(Projection proj, float x, float y, float z) {
        double px = proj.eyeX + x * DIRECTION_DISTANCE;
        double py = proj.eyeY + y * DIRECTION_DISTANCE;
        double pz = proj.eyeZ + z * DIRECTION_DISTANCE;
        Mat4 m = proj.clipFromWorld;
        double w = m.apply(3, px, py, pz);
        if (w < Projection.NEAR) return null;
        double sx = (m.apply(0, px, py, pz) / w * 0.5 + 0.5) * proj.width;
        double sy = (0.5 - m.apply(1, px, py, pz) / w * 0.5) * proj.height;
        if (Math.abs(sx) > 1e6 || Math.abs(sy) > 1e6) return null;
        return new float[] {(float) sx, (float) sy};
    }

    private void add(int p, int v) {
        if (n == pixel.length) {
            pixel = java.util.Arrays.copyOf(pixel, 2 * n);
            level = java.util.Arrays.copyOf(level, 2 * n);
        }
        pixel[n] = p;
        level[n++] = v;
    }

    // Counting sort by tile, keeping the build order inside each tile.
    private void sortByTile() {
        int tiles = tilesX * ((height + TILE - 1) / TILE);
        if (tileStart.length != tiles + 1) tileStart = new int[tiles + 1];
        java.util.Arrays.fill(tileStart, 0);
        if (sortedPixel.length < n) {
            sortedPixel = new int[pixel.length];
            sortedLevel = new int[pixel.length];
        }
        for (int i = 0; i < n; i++) tileStart[tileOf(pixel[i]) + 1]++;
        for (int t = 0; t < tiles; t++) tileStart[t + 1] += tileStart[t];
        int[] next = tileStart.clone();
        for (int i = 0; i < n; i++) {
            int k = next[tileOf(pixel[i])]++;
            sortedPixel[k] = pixel[i];
            sortedLevel[k] = level[i];
        }
    }

    private int tileOf(int p) {
        return (p / width) / TILE * tilesX + (p % width) / TILE;
    }

    /** Adds the points of {@code tile} (origin x0, y0) to the pixels still showing sky. */
    void apply(int tile, int x0, int y0, float[] depth, int[] rgb) {
        if (tile + 1 >= tileStart.length) return;
        for (int k = tileStart[tile]; k < tileStart[tile + 1]; k++) {
            int p = sortedPixel[k];
            int d = (p / width - y0) * TILE + (p % width - x0);
            if (depth[d] != 0) continue;
            int c = rgb[p];
            int v = sortedLevel[k];
            int r = Math.min(255, (c >> 16 & 255) + (v >> 16 & 255));
            int g = Math.min(255, (c >> 8 & 255) + (v >> 8 & 255));
            int b = Math.min(255, (c & 255) + (v & 255));
            rgb[p] = r << 16 | g << 8 | b;
        }
    }
}
