package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.SceneChange;
import dev.longshot.world.camera.Camera;
import java.util.Objects;

/**
 * A 360° frame generator: renders the six 90° faces of a cube around the camera with a
 * {@link SoftwareRenderer} and resamples them, bilinearly, into one equirectangular picture
 * (width = 2 × height; longitude left to right from behind-left through the camera's heading
 * to behind-right, latitude from straight up in row 0 to straight down in the last row).
 * The horizon stays level: the camera's pitch is ignored, its heading sets the centre. Faces
 * are sized so a face pixel at its centre matches an output pixel at the equator.
 */
public final class EquirectRenderer implements FrameGenerator {
    // Faces in the camera's heading frame (x right, y up, -z ahead): forward, right, up.
    private static final double[][] FACES = {
        {0, 0, -1, 1, 0, 0, 0, 1, 0},  // ahead
        {1, 0, 0, 0, 0, 1, 0, 1, 0},   // right
        {0, 0, 1, -1, 0, 0, 0, 1, 0},  // behind
        {-1, 0, 0, 0, 0, -1, 0, 1, 0}, // left
        {0, 1, 0, 1, 0, 0, 0, 0, 1},   // up
        {0, -1, 0, 1, 0, 0, 0, 0, -1}, // down
    };
    private static final double[] FACE_YAW = {0, 90, 180, 270, 0, 0};
    private static final double[] FACE_PITCH = {0, 0, 0, 0, 90, -90};

    private final int width;
    private final int height;
    private final int face;
    private final SoftwareRenderer faces;
    private final WorkerPool pool;
    private final FaceImage[] images = new FaceImage[6];
    private final SphereGrid grid;
    private boolean closed;

    public EquirectRenderer(int width, int height, int threads) {
        if (height < 2 || width != 2 * height) {
            throw new IllegalArgumentException("an equirectangular frame needs width = 2 x height,"
                    + " got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.face = Math.max(16, (int) StrictMath.ceil(2 * height / StrictMath.PI));
        this.faces = new SoftwareRenderer(face, face, threads);
        this.pool = new WorkerPool(threads);
        this.grid = new SphereGrid(width, height);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public synchronized Frame render(FrameSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (closed) throw new IllegalStateException("renderer is closed");
        Camera cam = spec.camera();
        for (int k = 0; k < 6; k++) {
            Camera side = cam.looking(cam.yawDeg() + FACE_YAW[k], FACE_PITCH[k], 90);
            images[k] = new FaceImage(faces.render(new FrameSpec(spec.time(), spec.plan(),
                    spec.terrain(), side, spec.lighting(), spec.cut(), spec.subjects(),
                    SceneChange.NONE, spec.worldSeconds())).rgb(), face, face);
        }
        int[] out = new int[Math.multiplyExact(width, height)];
        pool.forEach(height, (y, task) -> {
            for (int x = 0; x < width; x++) out[y * width + x] = sample(x, y);
        });
        return new Frame(width, height, out, spec.time());
    }

    // The colour seen along the direction of output pixel (x, y).
    private int sample(int x, int y) {
        double dx = grid.sinLon[x] * grid.cosLat[y];
        double dy = grid.sinLat[y];
        double dz = -grid.cosLon[x] * grid.cosLat[y];
        double ax = Math.abs(dx), ay = Math.abs(dy), az = Math.abs(dz);
        int k;
        if (ay >= ax && ay >= az) k = dy > 0 ? 4 : 5;
        else if (ax >= az) k = dx > 0 ? 1 : 3;
        else k = dz < 0 ? 0 : 2;
        double[] f = FACES[k];
        double along = dx * f[0] + dy * f[1] + dz * f[2];
        double u = (dx * f[3] + dy * f[4] + dz * f[5]) / along;
        double v = (dx * f[6] + dy * f[7] + dz * f[8]) / along;
        // NDC (-1 … 1, y up) to face pixels, centres at +0.5.
        double px = (u * 0.5 + 0.5) * face - 0.5;
        double py = (0.5 - v * 0.5) * face - 0.5;
        return images[k].bilinear(px, py);
    }

    @Override
    public synchronized void close() {
        closed = true;
        faces.close();
        pool.close();
    }
}
