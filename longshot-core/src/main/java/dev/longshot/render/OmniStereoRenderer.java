package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.SceneChange;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.Objects;

/**
 * A stereo 360° frame generator, omni-directional stereo (ODS) in top-bottom layout: the
 * left eye's equirectangular picture above the right eye's, each {@code width × width/2}.
 *
 * <p>In ODS every viewing direction has its own pair of eyes, on a circle of the
 * inter-pupillary distance around the head, offset across that direction; a rasterizer
 * cannot move the eye per pixel, so each eye is rendered as {@link #STRIPS} narrow vertical
 * strips, each from the eye offset across the strip's own heading (the usual approximation:
 * within a 30° strip the offset direction is off by at most 15°). Above and below 45° of
 * latitude, where ODS's disparity breaks down anyway (both eyes look along the offset), both
 * eyes share one view from the head's centre: disparity fades to none near the poles, which
 * is also what keeps looking up or down comfortable.
 */
public final class OmniStereoRenderer implements FrameGenerator {
    /** Inter-pupillary distance, metres (adult mean). */
    public static final double IPD = 0.064;
    static final int STRIPS = 12;
    private static final double STRIP_DEG = 360.0 / STRIPS;
    /** Half the strip's horizontal view, with a margin for bilinear sampling, degrees. */
    private static final double HALF_H_DEG = STRIP_DEG / 2 + 1;
    /** Vertical view of a strip: covers latitude ±45° at its edges too. */
    private static final double V_DEG = 96;

    private final int width;
    private final int eyeHeight;
    private final int stripW;
    private final int stripH;
    private final int face;
    private final double tanH;
    private final double tanV;
    private final SoftwareRenderer strips;
    private final SoftwareRenderer poles;
    private final WorkerPool pool;
    private final FaceImage[][] eyes = new FaceImage[2][STRIPS];
    private final FaceImage[] ends = new FaceImage[2];
    private final SphereGrid grid;
    private boolean closed;

    /** A top-bottom frame of {@code width × height}: height = width, each eye half of it. */
    public OmniStereoRenderer(int width, int height, int threads) {
        if (width < 4 || height != width || height % 4 != 0) {
            throw new IllegalArgumentException("a top-bottom stereo 360° frame needs width ="
                    + " height (each eye 2:1), a multiple of 4; got " + width + "x" + height);
        }
        this.width = width;
        this.eyeHeight = height / 2;
        double focal = width / (2 * StrictMath.PI); // pixels per radian at the equator
        this.stripW = StrictMath.max(8,
                (int) StrictMath.ceil(2 * focal * StrictMath.tan(StrictMath.toRadians(HALF_H_DEG))));
        this.stripH = StrictMath.max(8,
                (int) StrictMath.ceil(2 * focal * StrictMath.tan(StrictMath.toRadians(V_DEG / 2))));
        this.tanV = StrictMath.tan(StrictMath.toRadians(V_DEG / 2));
        this.tanH = tanV * stripW / stripH;
        this.face = StrictMath.max(16, (int) StrictMath.ceil(2 * eyeHeight / StrictMath.PI));
        this.strips = new SoftwareRenderer(stripW, stripH, threads);
        this.poles = new SoftwareRenderer(face, face, threads);
        this.pool = new WorkerPool(threads);
        this.grid = new SphereGrid(width, eyeHeight);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return 2 * eyeHeight;
    }

    @Override
    public synchronized Frame render(FrameSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (closed) throw new IllegalStateException("renderer is closed");
        Camera cam = spec.camera();
        for (int e = 0; e < 2; e++) {
            double side = e == 0 ? -IPD / 2 : IPD / 2;
            for (int i = 0; i < STRIPS; i++) {
                double yaw = cam.yawDeg() + i * STRIP_DEG;
                double r = StrictMath.toRadians(yaw);
                Vec3 eye = cam.position().plus(
                        new Vec3(StrictMath.cos(r), 0, StrictMath.sin(r)).times(side));
                Camera view = new Camera(eye, yaw, 0, V_DEG);
                eyes[e][i] = new FaceImage(strips.render(at(spec, view)).rgb(), stripW, stripH);
            }
        }
        for (int k = 0; k < 2; k++) {
            Camera view = cam.looking(cam.yawDeg(), k == 0 ? 90 : -90, 90);
            ends[k] = new FaceImage(poles.render(at(spec, view)).rgb(), face, face);
        }
        int[] out = new int[Math.multiplyExact(width, 2 * eyeHeight)];
        pool.forEach(2 * eyeHeight, (row, task) -> {
            int e = row / eyeHeight;
            int y = row % eyeHeight;
            for (int x = 0; x < width; x++) out[row * width + x] = sample(e, x, y);
        });
        return new Frame(width, 2 * eyeHeight, out, spec.time());
    }

    private static FrameSpec at(FrameSpec spec, Camera view) {
        return new FrameSpec(spec.time(), spec.plan(), spec.terrain(), view, spec.lighting(),
                spec.cut(), spec.subjects(), SceneChange.NONE, spec.worldSeconds());
    }

    // The colour eye e sees along the direction of its pixel (x, y).
    private int sample(int e, int x, int y) {
        double cl = grid.cosLat[y];
        double sl = grid.sinLat[y];
        double dx = grid.sinLon[x] * cl;
        double dz = -grid.cosLon[x] * cl;
        if (Math.abs(sl) >= Math.max(Math.abs(dx), Math.abs(dz))) {
            // Up (k 0) or down (k 1) face, in the heading frame: x right, -z ahead.
            int k = sl > 0 ? 0 : 1;
            double along = Math.abs(sl);
            double u = dx / along;
            double v = k == 0 ? dz / along : -dz / along;
            return ends[k].bilinear((u * 0.5 + 0.5) * face - 0.5, (0.5 - v * 0.5) * face - 0.5);
        }
        double turns = grid.lon[x] / StrictMath.toRadians(STRIP_DEG);
        int i = Math.floorMod((int) StrictMath.floor(turns + 0.5), STRIPS);
        double d = grid.lon[x] - StrictMath.toRadians(i * STRIP_DEG);
        d = StrictMath.IEEEremainder(d, 2 * StrictMath.PI);
        double along = StrictMath.cos(d) * cl;
        double u = StrictMath.sin(d) * cl / along / tanH;
        double v = sl / along / tanV;
        return eyes[e][i].bilinear((u * 0.5 + 0.5) * stripW - 0.5, (0.5 - v * 0.5) * stripH - 0.5);
    }

    @Override
    public synchronized void close() {
        closed = true;
        strips.close();
        poles.close();
        pool.close();
    }
}
