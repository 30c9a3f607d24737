package dev.longshot.render;

/**
 * The viewing directions of an equirectangular picture's pixel centres, as tables: longitude
 * per column (−π at the left edge, 0 ahead, π at the right) and latitude per row (π/2 at the
 * top), with their sines and cosines.
 */
final class SphereGrid {
    final double[] lon;
    final double[] sinLon;
    final double[] cosLon;
    final double[] sinLat;
    final double[] cosLat;

    SphereGrid(int width, int height) {
        lon = new double[width];
        sinLon = new double[width];
        cosLon = new double[width];
        for (int x = 0; x < width; x++) {
            lon[x] = ((x + 0.5) / width * 2 - 1) * StrictMath.PI;
            sinLon[x] = StrictMath.sin(lon[x]);
            cosLon[x] = StrictMath.cos(lon[x]);
        }
        sinLat = new double[height];
        cosLat = new double[height];
        for (int y = 0; y < height; y++) {
            double lat = (0.5 - (y + 0.5) / height) * StrictMath.PI;
            sinLat[y] = StrictMath.sin(lat);
            cosLat[y] = StrictMath.cos(lat);
        }
    }
}
