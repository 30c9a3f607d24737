package dev.longshot.media.handoff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.longshot.render.EntityIds;
import dev.longshot.render.FramePasses;
import dev.longshot.render.MotionVectors;
import dev.longshot.render.PassKind;
import dev.longshot.render.SurfaceNormals;
import dev.longshot.world.camera.Camera;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * How each pass is stored in its PNG, and {@code passes.json}, which says so to whoever
 * reads them:
 * <ul>
 * <li><b>depth</b> — 16-bit grey: distance along the camera's view axis (camera-space −Z) in
 *     metres × {@link #DEPTH_UNITS_PER_METRE}; nothing drawn (sky) = 65535.
 * <li><b>ids</b> — 8-bit RGB: each catalog entry's colour ({@link IdColours}); the legend is
 *     {@code ids.json}. Not anti-aliased: every pixel is one entry.
 * <li><b>normals</b> — 8-bit RGB: world-space unit normal (+Y up) as (n + 1) / 2 × 255;
 *     sky (0, 0, 0). Faces of the drawn triangles ({@link SurfaceNormals}).
 * <li><b>motion</b> — 16-bit RGB: R, G = 32768 + {@link #MOTION_UNITS_PER_PIXEL} × (dx, dy),
 *     where (dx, dy) = the pixel's position in this frame minus its position in the frame
 *     before, x right, y down; B = 0 exact (the world stood still there), 65535 approximate:
 *     a creature or vehicle (only the camera's part of its motion is in R, G), the first frame
 *     of a shot (no frame before: R, G = 0 motion) or a point behind the earlier camera.
 * </ul>
 */
final class PassFormats {
    static final String FILE = "passes.json";
    static final String FORMAT = "longshot-passes/1";
    /** Depth sample per metre: 1/16 m steps up to 4095.9 m (the renderer's far plane: 4000). */
    static final int DEPTH_UNITS_PER_METRE = 16;
    static final int DEPTH_SKY = 65535;
    static final int MOTION_UNITS_PER_PIXEL = 64;
    static final int MOTION_ZERO = 32768;
    static final int APPROXIMATE = 65535;

    private PassFormats() {}

    /** (H, W) 16-bit depth samples. */
    static int[] depth(FramePasses p) {
        float[] z = p.inverseDepth();
        int[] out = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = z[i] > 0 ? (int) Math.min(DEPTH_SKY - 1,
                    Math.round(p.distance(i) * DEPTH_UNITS_PER_METRE)) : DEPTH_SKY;
        }
        return out;
    }

    /** (H, W, 3) 8-bit matte colours. */
    static int[] ids(FramePasses p) {
        short[] ids = p.ids();
        int[] out = new int[3 * ids.length];
        for (int i = 0; i < ids.length; i++) {
            int c = IdColours.of(ids[i]);
            out[3 * i] = c >>> 16;
            out[3 * i + 1] = (c >>> 8) & 255;
            out[3 * i + 2] = c & 255;
        }
        return out;
    }

    /** (H, W, 3) 8-bit world-space normals. */
    static int[] normals(FramePasses p, Camera camera, int width, int height) {
        float[] n = SurfaceNormals.of(p, camera, width, height);
        int[] out = new int[n.length];
        for (int i = 0; i < n.length; i += 3) {
            if (n[i] == 0 && n[i + 1] == 0 && n[i + 2] == 0) continue; // sky stays black
            for (int c = 0; c < 3; c++) {
                out[i + c] = (int) Math.max(0, Math.min(255, Math.round((n[i + c] + 1) * 127.5)));
            }
        }
        return out;
    }

    /** (H, W, 3) 16-bit motion samples; {@code before} null: the first frame of a shot. */
    static int[] motion(FramePasses p, Camera now, Camera before, int width, int height) {
        int pixels = width * height;
        int[] out = new int[3 * pixels];
        if (before == null) {
            for (int i = 0; i < pixels; i++) {
                out[3 * i] = MOTION_ZERO;
                out[3 * i + 1] = MOTION_ZERO;
                out[3 * i + 2] = APPROXIMATE;
            }
            return out;
        }
        float[] m = MotionVectors.of(p, now, before, width, height);
        EntityIds ids = EntityIds.bundled();
        short[] id = p.ids();
        for (int i = 0; i < pixels; i++) {
            float dx = m[2 * i], dy = m[2 * i + 1];
            boolean known = !Float.isNaN(dx);
            out[3 * i] = known ? sample(dx) : MOTION_ZERO;
            out[3 * i + 1] = known ? sample(dy) : MOTION_ZERO;
            out[3 * i + 2] = known && !ids.moving(id[i]) ? 0 : APPROXIMATE;
        }
        return out;
    }

    private static int sample(float d) {
        return (int) Math.max(0, Math.min(65535,
                MOTION_ZERO + Math.round((double) d * MOTION_UNITS_PER_PIXEL)));
    }

    /** {@code passes.json}: the encoding of every pass written, in words and numbers. */
    static void write(OutputStream out, Set<PassKind> passes, int width, int height, int fps)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("width", width);
            json.writeNumberField("height", height);
            json.writeNumberField("fps", fps);
            json.writeStringField("numbering", "<pass>/<pass>.%06d.png from 000001 = the video's"
                    + " first frame, as camera.chan counts (camera.json counts from 0)");
            json.writeStringField("alignment", "pixel for pixel with the video's frames;"
                    + " rows from the top; pixel centres at +0.5");
            for (PassKind k : passes) {
                json.writeObjectFieldStart(k.id());
                json.writeStringField("files", k.id() + "/" + k.id() + ".%06d.png");
                switch (k) {
                    case DEPTH -> depthFields(json);
                    case IDS -> {
                        json.writeStringField("encoding", "8-bit RGB, one colour per catalog id,"
                                + " not anti-aliased");
                        json.writeStringField("legend", "ids.json");
                    }
                    case NORMALS -> {
                        json.writeStringField("encoding", "8-bit RGB = (n + 1) / 2 * 255");
                        json.writeStringField("space", "world: right-handed, +Y up, +X right,"
                                + " -Z north; unit normals facing the camera; sky = (0, 0, 0)");
                        json.writeStringField("source", "faces of the drawn triangles,"
                                + " reconstructed from the depth buffer");
                    }
                    case MOTION -> motionFields(json);
                    default -> throw new IllegalStateException(k.toString());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
    }

    private static void depthFields(JsonGenerator json) throws IOException {
        json.writeStringField("encoding", "16-bit grey");
        json.writeStringField("quantity", "distance along the camera's view axis (camera-space"
                + " -Z), metres");
        json.writeNumberField("unitsPerMetre", DEPTH_UNITS_PER_METRE);
        json.writeNumberField("sky", DEPTH_SKY);
    }

    private static void motionFields(JsonGenerator json) throws IOException {
        json.writeStringField("encoding", "16-bit RGB: R = zero + unitsPerPixel * dx,"
                + " G = zero + unitsPerPixel * dy, B = 0 exact / 65535 approximate");
        json.writeStringField("quantity", "pixel position in this frame minus its position in"
                + " the frame before; x right, y down");
        json.writeNumberField("zero", MOTION_ZERO);
        json.writeNumberField("unitsPerPixel", MOTION_UNITS_PER_PIXEL);
        json.writeStringField("approximate", "creatures and vehicles (only the camera's part"
                + " of their motion), the first frame of each shot (no frame before: 0),"
                + " points behind the earlier camera");
    }
}
