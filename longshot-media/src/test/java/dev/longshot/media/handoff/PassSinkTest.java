package dev.longshot.media.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.FrameProjection;
import dev.longshot.director.GenerationLog;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoSink;
import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.render.EntityIds;
import dev.longshot.render.Frame;
import dev.longshot.render.PassKind;
import dev.longshot.render.RenderExtras;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.render.VfxMarker;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.creature.Bestiary;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passes as files: what a compositor reads back matches what the renderer drew. */
class PassSinkTest {
    private static final int W = 320;
    private static final int H = 180;
    private static final Terrain FOREST = new Terrain(42, Setting.FOREST, Water.STREAM);
    private static final RenderExtras ALL =
            new RenderExtras(true, EnumSet.allOf(PassKind.class));
    private static final Lighting DAY = new Lighting(new Vec3(0.3, 0.6, -0.5).normalized(),
            0xFFF2D8, 0.9, 0.35, 0x3A6FC4, 0xB8D4EE, 0xC4D4E2, 0.0006);

    @TempDir
    Path dir;

    /**
     * A camera {@code up} metres over (x, z) looking north and {@code pitch} down, an elephant
     * 14 m ahead of the first one.
     */
    private static FrameSpec spec(long frame, double x, double z, double yaw, double up,
            double pitch) {
        Camera cam = new Camera(new Vec3(x, FOREST.heightAt(x, z) + up, z), yaw, pitch, 50);
        double ez = 140 - 14;
        SubjectPose elephant = new SubjectPose("elephant#0", Bestiary.bundled().get("elephant"),
                new Vec3(30, FOREST.heightAt(30, ez), ez), 90, 0, 0, 1);
        ScenePlan plan = new ScenePlan(0, "an elephant in the forest", Setting.FOREST,
                Water.STREAM, TimeOfDay.MORNING, Weather.CLEAR, Set.of(), CameraMove.STATIC,
                List.of(), 0);
        return new FrameSpec(new Timecode(frame, 24), plan, FOREST, cam, DAY, frame == 0,
                List.of(elephant));
    }

    private static FrameSpec spec(long frame, double x, double z, double yaw) {
        return spec(frame, x, z, yaw, 1.6, -4);
    }

    private static List<Frame> render(FrameSpec... specs) {
        List<Frame> out = new ArrayList<>();
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2, ALL)) {
            for (FrameSpec s : specs) out.add(r.render(s));
        }
        return out;
    }

    /** Feeds the frames through a pass sink in a hand-off directory and publishes it. */
    private List<Frame> write(List<FrameSpec> specs, List<Frame> frames) throws IOException {
        List<Frame> handedOn = new ArrayList<>();
        PassSink sink = new PassSink(dir, VideoSink.framesOnly(handedOn::add));
        DirectorConfig config = new DirectorConfig(W, H, 24, 0, VideoCodec.H264, 1,
                FrameProjection.PERSPECTIVE, ALL);
        sink.begin(new GenerationLog.Header("sha", 1, config, ValidationConfig.defaults(), 5,
                List.of()));
        List<GenerationLog.FrameCamera> cams = new ArrayList<>();
        for (FrameSpec s : specs) {
            cams.add(new GenerationLog.FrameCamera(s.time().frame(), s.camera(), s.cut(), "cut"));
        }
        sink.event(new GenerationLog.Framed(0, 1, "an elephant", cams));
        for (Frame f : frames) sink.writeFrame(f);
        sink.publish();
        return handedOn;
    }

    private Raster read(PassKind k, long frame) throws IOException {
        BufferedImage img = ImageIO.read(dir.resolve(PassSink.DIR).resolve(k.id())
                .resolve(PassSink.fileName(k, frame)).toFile());
        assertNotNull(img, k + " frame " + frame);
        return img.getRaster();
    }

    @Test
    void passesHaveBeautyFrameSize() throws IOException {
        List<FrameSpec> specs = List.of(spec(0, 30, 140, 0), spec(1, 30.3, 139.8, 1));
        List<Frame> frames = render(specs.toArray(FrameSpec[]::new));
        List<Frame> handedOn = write(specs, frames);
        assertEquals(2, handedOn.size());
        for (Frame f : handedOn) assertNull(f.passes(), "the video gets the picture alone");
        for (PassKind k : PassKind.values()) {
            for (long f = 0; f < 2; f++) {
                Raster r = read(k, f);
                assertEquals(W, r.getWidth(), k.id());
                assertEquals(H, r.getHeight(), k.id());
            }
        }
        // The 16-bit depth reads back as written: metres × 16, sky 65535.
        Raster depth = read(PassKind.DEPTH, 1);
        float[] z = frames.get(1).passes().inverseDepth();
        for (int p = 0; p < W * H; p += 31) {
            int v = depth.getSample(p % W, p / W, 0);
            if (z[p] == 0) assertEquals(65535, v);
            else assertEquals(16 / z[p], v, 0.51, "pixel " + p);
        }
        JsonNode formats = new ObjectMapper().readTree(
                dir.resolve(PassSink.DIR).resolve("passes.json").toFile());
        assertEquals(16, formats.path("depth").path("unitsPerMetre").asInt());
        assertEquals(32768, formats.path("motion").path("zero").asInt());
    }

    @Test
    void idMatteMatchesCatalogIds() throws IOException {
        FrameSpec s = spec(0, 30, 140, 0);
        List<Frame> frames = render(s);
        write(List.of(s), frames);
        JsonNode legend = new ObjectMapper().readTree(
                dir.resolve(PassSink.DIR).resolve("ids.json").toFile());
        Map<Integer, String> byColour = new HashMap<>();
        for (JsonNode e : legend.path("entries")) {
            int rgb = Integer.parseInt(e.path("colour").asText().substring(1), 16);
            assertNull(byColour.put(rgb, e.path("id").asText()), "one colour per id");
        }
        Set<String> catalog = new HashSet<>();
        for (CatalogEntry e : Catalog.bundled().entries()) catalog.add(e.id());
        Set<String> named = new HashSet<>(byColour.values());
        named.removeAll(Set.of("unknown", EntityIds.MARKER)); // "sky" is the catalog's own
        assertEquals(catalog, named, "the legend names the catalog's ids");
        // Every pixel of the matte names the entry the renderer drew there.
        Raster matte = read(PassKind.IDS, 0);
        short[] drawn = frames.get(0).passes().ids();
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < W * H; p++) {
            int rgb = (matte.getSample(p % W, p / W, 0) << 16)
                    | (matte.getSample(p % W, p / W, 1) << 8) | matte.getSample(p % W, p / W, 2);
            String id = byColour.get(rgb);
            assertEquals(EntityIds.bundled().name(drawn[p]), id, "pixel " + p);
            seen.add(id);
        }
        assertTrue(seen.contains("elephant") && seen.contains("forest"), "seen " + seen);
    }

    @Test
    void vfxMarkersStayFixedInWorldSpace() throws IOException {
        // From a crane 5 m up, looking down at the ground ahead; then moved and turned.
        List<FrameSpec> specs = List.of(spec(0, 30, 140, 0, 5, -25),
                spec(1, 31.5, 138.5, 6, 5.5, -22));
        List<Frame> frames = render(specs.toArray(FrameSpec[]::new));
        write(specs, frames);
        int marker = EntityIds.bundled().of(EntityIds.MARKER);
        Map<String, Vec3> first = new HashMap<>();
        for (VfxMarker m : frames.get(0).passes().markers()) first.put(m.id(), m.centre());
        int found = 0;
        for (VfxMarker m : frames.get(1).passes().markers()) {
            Vec3 was = first.get(m.id());
            if (was == null) continue;
            assertEquals(was, m.centre(), m.id() + " stands still");
            // Seen through the exported camera of each frame, the marker is drawn there: the id
            // matte says so and the picture has its black and white quarters (the grass round
            // them spreads less than 50 grey levels here).
            boolean inBoth = true;
            for (int f = 0; f < 2; f++) {
                CameraSample cam = PrevisHandoff.sample(f, specs.get(f).camera());
                double[] px = cam.project(was.x(), was.y(), was.z(), W, H);
                if (px == null || px[0] < 2 || px[1] < 2 || px[0] > W - 2 || px[1] > H - 2) {
                    inBoth = false;
                    break;
                }
                int p = (int) px[1] * W + (int) px[0];
                inBoth &= frames.get(f).passes().ids()[p] == marker
                        && contrast(frames.get(f), (int) px[0], (int) px[1]) > 55;
            }
            if (inBoth) found++;
        }
        assertTrue(found >= 3, "markers found where both exported cameras put them: " + found);
        JsonNode listed = new ObjectMapper().readTree(dir.resolve(PassSink.MARKERS).toFile());
        assertEquals(PassSink.MARKERS_FORMAT, listed.path("format").asText());
        Set<String> ids = new HashSet<>();
        for (JsonNode m : listed.path("markers")) {
            assertTrue(ids.add(m.path("id").asText()), "each marker once");
            Vec3 at = new Vec3(m.path("position").get(0).asDouble(),
                    m.path("position").get(1).asDouble(), m.path("position").get(2).asDouble());
            Vec3 drawn = first.get(m.path("id").asText());
            if (drawn != null) assertEquals(drawn, at);
        }
        assertTrue(ids.containsAll(first.keySet()));
    }

    /** Brightest minus darkest grey within a pixel of (x, y) in the picture. */
    private static int contrast(Frame f, int x, int y) {
        int lo = 255, hi = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int c = f.rgb()[(y + dy) * W + x + dx];
                int g = ((c >> 16 & 255) + (c >> 8 & 255) + (c & 255)) / 3;
                lo = Math.min(lo, g);
                hi = Math.max(hi, g);
            }
        }
        return hi - lo;
    }

    @Test
    void aFailedRunLeavesNoPasses() throws IOException {
        PassSink sink = new PassSink(dir, VideoSink.framesOnly(f -> { }));
        DirectorConfig config = new DirectorConfig(W, H, 24, 0, VideoCodec.H264, 1,
                FrameProjection.PERSPECTIVE, ALL);
        sink.begin(new GenerationLog.Header("sha", 1, config, ValidationConfig.defaults(), 5,
                List.of()));
        sink.discard();
        try (var left = Files.list(dir)) {
            assertFalse(left.findAny().isPresent(), "nothing left in the hand-off directory");
        }
    }

    @Test
    void aRunWithoutPassesRemovesThoseOfAnEarlierRun() throws IOException {
        FrameSpec s = spec(0, 30, 140, 0);
        write(List.of(s), render(s));
        assertTrue(Files.isDirectory(dir.resolve(PassSink.DIR)));
        PassSink plain = new PassSink(dir, VideoSink.framesOnly(f -> { }));
        plain.begin(new GenerationLog.Header("sha", 1, new DirectorConfig(W, H, 24, 0,
                VideoCodec.H264, 1), ValidationConfig.defaults(), 5, List.of()));
        plain.publish();
        assertFalse(Files.exists(dir.resolve(PassSink.DIR)), "stale passes would mislead");
        assertFalse(Files.exists(dir.resolve(PassSink.MARKERS)));
    }

    @Test
    void pngEncoderIsDeterministic() throws IOException {
        int[] samples = new int[3 * 7 * 5];
        for (int i = 0; i < samples.length; i++) samples[i] = (i * 7919) & 0xFFFF;
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        PassPng.write(a, 7, 5, 3, 16, samples, "test");
        PassPng.write(b, 7, 5, 3, 16, samples, "test");
        assertEquals(java.util.Arrays.toString(a.toByteArray()),
                java.util.Arrays.toString(b.toByteArray()));
        Raster r = ImageIO.read(new java.io.ByteArrayInputStream(a.toByteArray())).getRaster();
        for (int i = 0; i < 7 * 5; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(samples[3 * i + c], r.getSample(i % 7, i / 7, c));
            }
        }
    }
}
