package dev.longshot.media.handoff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.longshot.director.FilePublisher;
import dev.longshot.director.FrameFilterSink;
import dev.longshot.director.GenerationLog;
import dev.longshot.director.RunReport;
import dev.longshot.director.VideoSink;
import dev.longshot.render.EntityIds;
import dev.longshot.render.Frame;
import dev.longshot.render.FramePasses;
import dev.longshot.render.PassKind;
import dev.longshot.render.RenderExtras;
import dev.longshot.render.VfxMarker;
import dev.longshot.world.camera.Camera;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the passes of every committed frame as it goes by on its way to the video, then
 * hands the frame on without them: {@code passes/<pass>/<pass>.%06d.png} numbered from 1 like
 * {@code camera.chan}, with {@code passes/passes.json} (what each pass holds, its units and
 * axes, {@link PassFormats}) and {@code passes/ids.json} (the id matte's legend); and the
 * tracking markers in {@code markers.json}, each once, when it first stands in view. It hears
 * each second's cameras as a generation log (told just before the second's frames), so it
 * holds one second of cameras and the camera of the frame before — never frames. Written
 * under temporary names beside the hand-off; {@link #publish} moves them into place,
 * {@link #discard} deletes them. Publishing replaces what an earlier run left.
 */
public final class PassSink extends FrameFilterSink implements GenerationLog {
    public static final String DIR = "passes";
    public static final String MARKERS = "markers.json";
    public static final String MARKERS_FORMAT = "longshot-markers/1";

    private final Path handoff;
    private final Map<Long, FrameCamera> cameras = new HashMap<>();
    private final Set<String> seenMarkers = new HashSet<>();
    private Set<PassKind> passes = Set.of();
    private Path root;
    private Path markersPartial;
    private OutputStream markersOut;
    private JsonGenerator markers;
    private Camera previous;
    private int fps;

    /** @param handoff the hand-off directory the passes and markers go in */
    PassSink(Path handoff, VideoSink inner) {
        super(inner);
        this.handoff = handoff;
    }

    @Override
    public void begin(Header header) throws IOException {
        RenderExtras extras = header.config().extras();
        fps = header.config().fps();
        passes = extras.passes();
        if (!passes.isEmpty()) {
            root = Files.createTempDirectory(handoff, "." + DIR + ".");
            for (PassKind k : passes) Files.createDirectory(root.resolve(k.id()));
            try (OutputStream out = Files.newOutputStream(root.resolve(PassFormats.FILE))) {
                PassFormats.write(out, passes, header.config().width(),
                        header.config().height(), fps);
            }
            if (passes.contains(PassKind.IDS)) {
                try (OutputStream out = Files.newOutputStream(root.resolve("ids.json"))) {
                    IdColours.writeLegend(out, EntityIds.bundled());
                }
            }
        }
        if (extras.vfxMarkers()) {
            markersPartial = Files.createTempFile(handoff, "." + MARKERS + ".", ".partial");
            markersOut = Files.newOutputStream(markersPartial);
            markers = new JsonFactory().createGenerator(markersOut, JsonEncoding.UTF8);
            markers.writeStartObject();
            markers.writeStringField("format", MARKERS_FORMAT);
            markers.writeStringField("units", "metres");
            markers.writeStringField("axes", "right-handed, +Y up, as camera.json");
            markers.writeStringField("look", "disc of four black and white quarters");
            markers.writeArrayFieldStart("markers");
        }
    }

    @Override
    public void event(Event event) {
        if (!(event instanceof Framed f)) return;
        cameras.clear();
        for (FrameCamera c : f.frames()) cameras.put(c.frame(), c);
    }

    @Override
    public void end(RunReport report) {}

    @Override
    public void writeFrame(Frame frame) throws IOException {
        FramePasses p = frame.passes();
        if (p != null) {
            FrameCamera c = cameras.get(frame.time().frame());
            if (c == null) {
                throw new IllegalStateException("no camera told for frame " + frame.time());
            }
            if (!passes.isEmpty()) writePasses(frame, p, c);
            if (markers != null) writeMarkers(p, c.frame());
            previous = c.camera();
        }
        inner.writeFrame(frame.withoutPasses());
    }

    private void writePasses(Frame frame, FramePasses p, FrameCamera c) throws IOException {
        int w = frame.width(), h = frame.height();
        for (PassKind k : passes) {
            int[] samples;
            int channels = 3;
            int bits = 8;
            switch (k) {
                case DEPTH -> {
                    samples = PassFormats.depth(p);
                    channels = 1;
                    bits = 16;
                }
                case IDS -> samples = PassFormats.ids(p);
                case NORMALS -> samples = PassFormats.normals(p, c.camera(), w, h);
                case MOTION -> {
                    samples = PassFormats.motion(p, c.camera(),
                            c.startsShot() ? null : previous, w, h);
                    bits = 16;
                }
                default -> throw new IllegalStateException(k.toString());
            }
            Path file = root.resolve(k.id()).resolve(fileName(k, c.frame()));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                PassPng.write(out, w, h, channels, bits, samples, k.id());
            }
        }
    }

    /** {@code depth.000001.png} for the video's first frame: numbered as Nuke counts. */
    public static String fileName(PassKind k, long frame) {
        return String.format(Locale.ROOT, "%s.%06d.png", k.id(), frame + 1);
    }

    private void writeMarkers(FramePasses p, long frame) throws IOException {
        for (VfxMarker m : p.markers()) {
            // a cell's marker stands elsewhere in another place: keyed by where it stands
            String key = m.id() + "@" + m.centre();
            if (!seenMarkers.add(key)) continue;
            markers.writeStartObject();
            markers.writeStringField("id", m.id());
            markers.writeNumberField("firstFrame", frame);
            markers.writeStringField("timecode", Smpte.of(frame, fps));
            markers.writeArrayFieldStart("position");
            markers.writeNumber(m.centre().x());
            markers.writeNumber(m.centre().y());
            markers.writeNumber(m.centre().z());
            markers.writeEndArray();
            markers.writeArrayFieldStart("normal");
            markers.writeNumber(m.normal().x());
            markers.writeNumber(m.normal().y());
            markers.writeNumber(m.normal().z());
            markers.writeEndArray();
            markers.writeNumberField("diameterMetres", m.diameter());
            markers.writeEndObject();
        }
    }

    /**
     * Moves the passes and the markers onto their names in the hand-off directory. Those an
     * earlier run left there go, also when this run made none: they would not match its
     * camera.
     */
    void publish() throws IOException {
        if (markers == null) Files.deleteIfExists(handoff.resolve(MARKERS));
        if (root == null) deleteTree(handoff.resolve(DIR));
        if (markers != null) {
            markers.writeEndArray();
            markers.writeEndObject();
            markers.close();
            markers = null;
            FilePublisher.publish(markersPartial, handoff.resolve(MARKERS));
        }
        if (root != null) {
            Path target = handoff.resolve(DIR);
            deleteTree(target); // an earlier run's passes: replaced whole, like camera.chan
            // made private as a temporary directory; published readable, like every file
            PosixFileAttributeView posix =
                    Files.getFileAttributeView(root, PosixFileAttributeView.class);
            if (posix != null) posix.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(root, target);
            root = null;
        }
    }

    /** Deletes whatever was written (the run failed). */
    void discard() throws IOException {
        try {
            if (markers != null) {
                markers.close();
                markers = null;
            }
        } finally {
            if (markersOut != null) markersOut.close();
            if (markersPartial != null) Files.deleteIfExists(markersPartial);
            deleteTree(root);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
