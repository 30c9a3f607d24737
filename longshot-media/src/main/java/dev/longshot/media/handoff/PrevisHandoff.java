package dev.longshot.media.handoff;

import dev.longshot.director.FilePublisher;
import dev.longshot.director.GenerationLog;
import dev.longshot.director.RunReport;
import dev.longshot.director.VideoSink;
import dev.longshot.world.camera.Camera;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the previs hand-off of one run into a directory as the run commits its seconds: the
 * camera of every frame ({@code camera.chan}, {@code camera.json}), streamed, and the passes
 * and tracking markers the run keeps ({@link #passes}); then, when the video is complete, the
 * shot list ({@code shots.otio}, {@code shots.edl}). Every file is
 * written under a temporary name and moved onto its own only by {@link #finish}; {@link
 * #close} without finish deletes them, like the video.
 */
public final class PrevisHandoff implements GenerationLog, AutoCloseable {
    public static final String CHAN = "camera.chan";
    public static final String CAMERA_JSON = "camera.json";
    public static final String OTIO = "shots.otio";
    public static final String EDL = "shots.edl";

    private final Path dir;
    private final boolean createdDir;
    private final Map<Path, String> partials = new LinkedHashMap<>();
    private final List<Shot> shots = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private NukeChan chan;
    private CameraTrackJson json;
    private OutputStream jsonOut;
    private int fps;
    private int width;
    private int height;
    private long frames;
    private int lastLine = -1;
    private long shotStart;
    private String shotName;
    private int shotLine;
    private String shotTransition;
    private long lineStart;
    private String lineText;
    private boolean finished;
    private PassSink passes;

    /** @param dir where the files go (created if missing; must be writable) */
    public PrevisHandoff(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        this.createdDir = !Files.isDirectory(abs);
        this.dir = Files.createDirectories(abs);
    }

    @Override
    public void begin(Header header) throws IOException {
        fps = header.config().fps();
        width = header.config().width();
        height = header.config().height();
        chan = new NukeChan(Files.newBufferedWriter(partial(CHAN), StandardCharsets.UTF_8));
        jsonOut = Files.newOutputStream(partial(CAMERA_JSON));
        json = new CameraTrackJson(jsonOut, fps, width, height);
    }

    @Override
    public void event(Event event) throws IOException {
        switch (event) {
            case Framed f -> framed(f);
            case Rollback r -> markers.add(new Marker("rollback: " + cause(r), "rollback",
                    (long) r.toSecond() * fps, (long) (r.failedSecond() - r.toSecond() + 1) * fps));
            default -> { }
        }
    }

    private static String cause(Rollback r) {
        return r.cause().isEmpty() ? "checkpoint check" : r.cause().get(0).rule();
    }

    private void framed(Framed f) throws IOException {
        if (f.line() != lastLine) {
            closeLine();
            lastLine = f.line();
            lineStart = frames;
            lineText = f.text();
        }
        for (FrameCamera c : f.frames()) {
            if (c.startsShot()) {
                closeShot(frames);
                shotStart = frames;
                shotName = f.text();
                shotLine = f.line();
                shotTransition = c.frame() == 0 ? "start" : c.transition();
            }
            CameraSample s = sample(c.frame(), c.camera());
            chan.add(s);
            json.add(s);
            frames++;
        }
    }

    /**
     * The world's camera in the hand-off's axes: the world's yaw turns right where pan turns
     * left; tilt and roll keep their sense (the reprojection test holds both to the renderer).
     */
    static CameraSample sample(long frame, Camera c) {
        return new CameraSample(frame, c.position().x(), c.position().y(), c.position().z(),
                c.pitchDeg(), 0.0 - c.yawDeg(), c.rollDeg(), c.focalLengthMm(),
                c.sensor().widthMm(), c.sensor().heightMm(),
                c.focus().shallow() ? c.focus().distance() : Double.NaN);
    }

    private void closeShot(long end) {
        if (shotName != null && end > shotStart) {
            shots.add(new Shot(shotName, shotLine, shotStart, end, shotTransition));
        }
    }

    private void closeLine() {
        if (lineText != null && frames > lineStart) {
            markers.add(new Marker("line " + lastLine + ": " + lineText, "line", lineStart,
                    frames - lineStart));
        }
    }

    @Override
    public void end(RunReport report) {
        // the shot list waits for finish, which knows the video's name
    }

    /**
     * Writes the shot list and moves every file onto its name.
     *
     * @param video the rendered video the clips reference (by file name: keep the hand-off
     *              directory and the video together, or relink)
     */
    public void finish(Path video) throws IOException {
        closeShot(frames);
        closeLine();
        chan.close();
        json.close();
        Path file = video.toAbsolutePath().normalize();
        String name = String.valueOf(file.getFileName());
        try (OutputStream out = Files.newOutputStream(partial(OTIO))) {
            OtioTimeline.write(out, name, file.toUri().toString(),
                    fps, frames, shots, markers);
        }
        try (Writer out = Files.newBufferedWriter(partial(EDL), StandardCharsets.UTF_8)) {
            Cmx3600Edl.write(out, name, name, fps, shots);
        }
        for (Map.Entry<Path, String> p : partials.entrySet()) {
            FilePublisher.publish(p.getKey(), dir.resolve(p.getValue()));
        }
        if (passes != null) passes.publish();
        finished = true;
    }

    /**
     * A sink in front of {@code inner} that writes each frame's passes and tracking markers
     * into this hand-off (what the run's config asks for; nothing when it asks for none) and
     * hands the frames on without them. Tell it the run's log too: it needs the cameras.
     */
    public PassSink passes(VideoSink inner) {
        if (passes != null) throw new IllegalStateException("one pass sink per hand-off");
        passes = new PassSink(dir, inner);
        return passes;
    }

    /** The shots found so far (all of them after {@link #finish}). */
    public List<Shot> shots() {
        return List.copyOf(shots);
    }

    private Path partial(String name) throws IOException {
        Path p = Files.createTempFile(dir, "." + name + ".", ".partial");
        partials.put(p, name);
        return p;
    }

    @Override
    public void close() throws IOException {
        if (finished) return;
        try {
            if (chan != null) chan.close();
            if (json != null) jsonOut.close();
            if (passes != null) passes.discard();
        } finally {
            for (Path p : partials.keySet()) Files.deleteIfExists(p);
            if (createdDir) {
                try (var left = Files.list(dir)) {
                    if (left.findAny().isEmpty()) Files.delete(dir);
                }
            }
        }
    }
}
