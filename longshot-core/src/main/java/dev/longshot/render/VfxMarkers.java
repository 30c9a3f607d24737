package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.ValueNoise;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Tracking markers for a previs hand-off: discs of four black and white quarters, 0.5 m
 * across, that camera-tracking software finds and follows. Ground markers stand on a fixed
 * lattice of {@link #CELL}-metre cells, one jittered marker in most cells, lying on the drawn
 * ground; houses of the setting's own look carry one on each wall at chest height. Both are a
 * pure function of the terrain (its seed and shape) and the cell, so a marker stands at the
 * same world point in every frame of its scene, whatever the camera does, and rollbacks or
 * resumed runs place it again exactly. Only markers within {@link #RADIUS} metres of the
 * camera are drawn: near the camera path, where a tracker can resolve them. During a morph
 * ground markers follow the ground as it changes.
 */
public final class VfxMarkers {
    /** Disc diameter, metres. */
    public static final double DIAMETER = 0.5;
    /** Lattice cell, metres. */
    static final double CELL = 6;
    /** Markers farther than this from the camera (horizontally) are not drawn, metres. */
    static final double RADIUS = 36;
    /** Share of lattice cells holding a marker. */
    private static final double DENSITY = 0.6;
    /** Lift over the drawn ground, metres: clear of the ground triangles' depth. */
    private static final double LIFT = 0.03;
    private static final int SEGMENTS = 16;
    private static final int BLACK = 0x141414;
    private static final int WHITE = 0xF2F2F2;

    private VfxMarkers() {}

    /** The markers standing within reach of the frame's camera, in a fixed order. */
    public static List<VfxMarker> near(FrameSpec spec) {
        Terrain t = spec.terrain();
        Vec3 eye = spec.camera().position();
        List<VfxMarker> out = new ArrayList<>();
        int i0 = (int) StrictMath.floor((eye.x() - RADIUS) / CELL);
        int i1 = (int) StrictMath.floor((eye.x() + RADIUS) / CELL);
        int k0 = (int) StrictMath.floor((eye.z() - RADIUS) / CELL);
        int k1 = (int) StrictMath.floor((eye.z() + RADIUS) / CELL);
        double half = t.extent() / 2 - CELL;
        for (int k = k0; k <= k1; k++) {
            for (int i = i0; i <= i1; i++) {
                long h = ValueNoise.mix(t.seed() * 0x9E3779B97F4A7C15L + i * 0x632BE59BD9B4E019L
                        + k * 0x85157AF5L + 0x5EED);
                if (unit(h, 0) >= DENSITY) continue;
                double x = (i + 0.2 + 0.6 * unit(h, 1)) * CELL;
                double z = (k + 0.2 + 0.6 * unit(h, 2)) * CELL;
                if (StrictMath.abs(x) > half || StrictMath.abs(z) > half) continue;
                if (StrictMath.hypot(x - eye.x(), z - eye.z()) > RADIUS) continue;
                double y = TerrainMesh.surfaceHeight(t, x, z);
                if (y < t.waterLevel() + 0.05) continue; // under water: no tracker sees it
                out.add(new VfxMarker("ground:" + i + ":" + k, new Vec3(x, y + LIFT, z),
                        Vec3.UP, DIAMETER));
            }
        }
        for (Prop p : t.scenery().props()) {
            if (p.kind() != PropKind.HOUSE || p.style() != null || !p.thing().isEmpty()) continue;
            if (StrictMath.hypot(p.x() - eye.x(), p.z() - eye.z()) > RADIUS) continue;
            houseMarkers(p, out);
        }
        return out;
    }

    /** One marker on each wall, at chest height, clear of the door in the middle of the front. */
    private static void houseMarkers(Prop p, List<VfxMarker> out) {
        double walls = p.height() - 0.5 * p.depth();
        double up = StrictMath.min(1.5, 0.5 * walls);
        Xform f = SceneryMeshes.frame(p);
        double w = p.width() / 2 + LIFT, d = p.depth() / 2 + LIFT;
        double[][] sides = { // local centre x, z and outward normal x, z
            {0.3 * p.width(), d, 0, 1}, {-0.3 * p.width(), -d, 0, -1},
            {w, 0, 1, 0}, {-w, 0, -1, 0}};
        double[] n = new double[3];
        for (int s = 0; s < sides.length; s++) {
            double[] q = sides[s];
            f.normal(q[2], 0, q[3], n);
            out.add(new VfxMarker("house:" + p.id() + ":" + s,
                    new Vec3(f.x(q[0], up, q[1]), f.y(q[0], up, q[1]), f.z(q[0], up, q[1])),
                    new Vec3(n[0], n[1], n[2]), DIAMETER));
        }
    }

    /** Adds the discs of {@code markers} to {@code out}, one part each. */
    static void build(List<VfxMarker> markers, MeshBatch out, Terrain ground) {
        int entity = EntityIds.bundled().of(EntityIds.MARKER);
        for (VfxMarker m : markers) {
            out.beginPart(entity);
            disc(out, m, m.normal().y() > 0.9 ? ground : null);
            out.endPart();
        }
    }

    // A fan of SEGMENTS triangles round the centre, quarters alternating black and white. On
    // the ground every rim point sits on the drawn ground, so the disc follows its slope.
    private static void disc(MeshBatch out, VfxMarker m, Terrain ground) {
        Vec3 n = m.normal();
        Vec3 a = StrictMath.abs(n.y()) > 0.9 ? new Vec3(1, 0, 0) : Vec3.UP;
        Vec3 u = a.minus(n.times(a.dot(n))).normalized();
        Vec3 v = n.cross(u);
        double r = m.diameter() / 2;
        Vec3 c = m.centre();
        for (int s = 0; s < SEGMENTS; s++) {
            int colour = (s * 4 / SEGMENTS) % 2 == 0 ? BLACK : WHITE;
            int centre = out.vertex(c.x(), c.y(), c.z(), n.x(), n.y(), n.z(), colour);
            int p0 = rim(out, m, u, v, r, s, ground, colour);
            int p1 = rim(out, m, u, v, r, s + 1, ground, colour);
            Primitives.wound(out, centre, p0, p1);
        }
    }

    private static int rim(MeshBatch out, VfxMarker m, Vec3 u, Vec3 v, double r, int s,
            Terrain ground, int colour) {
        double angle = 2 * StrictMath.PI * s / SEGMENTS;
        Vec3 p = m.centre().plus(u.times(r * StrictMath.cos(angle)))
                .plus(v.times(r * StrictMath.sin(angle)));
        double y = ground == null ? p.y() : TerrainMesh.surfaceHeight(ground, p.x(), p.z()) + LIFT;
        Vec3 n = m.normal();
        return out.vertex(p.x(), y, p.z(), n.x(), n.y(), n.z(), colour);
    }

    private static double unit(long h, int salt) {
        return (ValueNoise.mix(h + salt * 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53;
    }
}
