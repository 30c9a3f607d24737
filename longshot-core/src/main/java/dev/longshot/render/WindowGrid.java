package dev.longshot.render;

import dev.longshot.world.scenery.HouseFamily;
import dev.longshot.world.scenery.Prop;

/**
 * Where the windows of a house front are: a row per storey ({@link HouseFamily#STOREY}),
 * evenly spaced along its width, none where the door is. The glass a town house shows by day
 * ({@link TownHouses}) and the panes lit at night ({@link WindowLights}) are the same cells.
 *
 * @param storeys rows of windows
 * @param across  windows per row
 * @param width   width of the front, metres
 */
record WindowGrid(int storeys, int across, double width) {
    /** Size of one window, metres. */
    static final double PANE_W = 0.9, PANE_H = 1.2;

    /** The grid of building {@code p} whose walls are {@code top} metres high. */
    static WindowGrid of(Prop p, double top) {
        int storeys = (int) StrictMath.max(1, StrictMath.min(4,
                (top - 0.8) / HouseFamily.STOREY));
        int across = (int) StrictMath.max(2, StrictMath.min(9, p.width() / 3));
        return new WindowGrid(storeys, across, p.width());
    }

    /** The same storeys along a wall {@code wide} metres long. */
    WindowGrid along(double wide) {
        return new WindowGrid(storeys, (int) StrictMath.max(2, StrictMath.min(9, wide / 3)), wide);
    }

    /** Middle of window k along the front (local x). */
    double x(int k) {
        return -width / 2 + width * (k + 0.5) / across;
    }

    /** Foot of the windows of storey s. */
    double y0(int s) {
        return HouseFamily.SILL + s * HouseFamily.STOREY;
    }

    /** Whether cell (s, k) is the door's, and has no window. */
    boolean door(int s, int k) {
        return s == 0 && StrictMath.abs(x(k)) < 1;
    }
}
