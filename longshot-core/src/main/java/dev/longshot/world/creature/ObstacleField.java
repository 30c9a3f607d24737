package dev.longshot.world.creature;

import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.Scenery;
import dev.longshot.world.scenery.WaterTown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The solids of a scene (the {@link Scenery}'s trees, rocks and buildings) in a uniform grid, so a creature finds the few near it quickly.
 * Immutable; queries list obstacles in a fixed order (cell by cell, then by index).
 */
public final class ObstacleField {
    private static final double CELL = 8;

    private final Obstacle[] all;
    /** Largest obstacle radius: how far beyond a query's reach a foot may stand and count. */
    private final double maxRadius;
    private final double origin;
    private final int side;
    private final int[] start;  // (side² + 1) first entry of each cell in members
    private final int[] members;

    private ObstacleField(List<Obstacle> obstacles, double extent) {
        all = obstacles.toArray(new Obstacle[0]);
        double widest = 0;
        for (Obstacle o : all) widest = StrictMath.max(widest, o.radius());
        maxRadius = widest;
        origin = -extent / 2;
        side = (int) StrictMath.ceil(extent / CELL);
        start = new int[side * side + 1];
        for (Obstacle o : all) start[cellOf(o.base().x(), o.base().z()) + 1]++;
        for (int c = 0; c < side * side; c++) start[c + 1] += start[c];
        members = new int[all.length];
        int[] fill = Arrays.copyOf(start, side * side);
        for (int i = 0; i < all.length; i++) {
            members[fill[cellOf(all[i].base().x(), all[i].base().z())]++] = i;
        }
    }

    /** The solids of {@code terrain}'s scenery: trunks, rocks, buildings, columns. */
    public static ObstacleField of(Terrain terrain) {
        List<Obstacle> solids = new ArrayList<>();
        boolean rows = WaterTown.is(terrain.request(), terrain.water());
        for (Prop p : terrain.scenery().props()) {
            if (rows && p.kind() == PropKind.HOUSE) {
                solids.addAll(p.obstaclesAlong());
                continue;
            }
            Obstacle o = p.obstacle();
            if (o != null) solids.add(o);
        }
        return new ObstacleField(solids, terrain.extent());
    }

    /** A field of the given solids over a square of {@code extent} metres (tests). */
    public static ObstacleField of(List<Obstacle> obstacles, double extent) {
        return new ObstacleField(obstacles, extent);
    }

    /** This field with {@code more} solids in it too (bodies that stand in a view). */
    public ObstacleField with(List<Obstacle> more) {
        if (more.isEmpty()) return this;
        List<Obstacle> both = new ArrayList<>(Arrays.asList(all));
        both.addAll(more);
        return new ObstacleField(both, -2 * origin);
    }

    public int size() {
        return all.length;
    }

    private int cellOf(double x, double z) {
        int i = (int) StrictMath.floor((x - origin) / CELL);
        int j = (int) StrictMath.floor((z - origin) / CELL);
        i = Math.max(0, Math.min(side - 1, i));
        j = Math.max(0, Math.min(side - 1, j));
        return j * side + i;
    }

    /**
     * Adds to {@code out} the index of every obstacle whose cylinder comes within
     * {@code reach} metres of (x, z).
     */
    public void near(double x, double z, double reach, List<Integer> out) {
        double r = reach + maxRadius;
        int i0 = cellOf(x - r, z - r) % side, j0 = cellOf(x - r, z - r) / side;
        int i1 = cellOf(x + r, z + r) % side, j1 = cellOf(x + r, z + r) / side;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                int c = j * side + i;
                for (int k = start[c]; k < start[c + 1]; k++) {
                    Obstacle o = all[members[k]];
                    double dx = o.base().x() - x, dz = o.base().z() - z;
                    double lim = reach + o.radius();
                    if (dx * dx + dz * dz <= lim * lim) out.add(members[k]);
                }
            }
        }
    }

    /** The obstacles whose cylinder comes within {@code reach} metres of (x, z), in index order. */
    public List<Obstacle> within(double x, double z, double reach) {
        List<Integer> found = new ArrayList<>();
        near(x, z, reach, found);
        found.sort(null);
        List<Obstacle> out = new ArrayList<>(found.size());
        for (int k : found) out.add(all[k]);
        return out;
    }

    public Obstacle get(int index) {
        return all[index];
    }
}
