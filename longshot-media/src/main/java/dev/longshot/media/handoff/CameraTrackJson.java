package dev.longshot.media.handoff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The camera of every frame as JSON, format {@code longshot-camera/1}, streamed frame by frame:
 * <pre>
 * {"format", "units": "metres", "axes", "rotationOrder": "ZXY", "fps", "width", "height",
 *  "frames": [{"frame", "timecode", "position": [x, y, z], "rotationDeg": [rx, ry, rz],
 *              "focalLengthMm", "sensorMm": [w, h], "focusMetres" (shallow focus only),
 *              "vfovDeg", "hfovDeg"}]}
 * </pre>
 */
public final class CameraTrackJson implements AutoCloseable {
    public static final String FORMAT = "longshot-camera/1";
    private final JsonGenerator json;
    private final int fps;

    public CameraTrackJson(OutputStream out, int fps, int width, int height) throws IOException {
        this.fps = fps;
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("units", "metres");
        json.writeStringField("axes", "right-handed, +Y up, +X right; no rotation looks along -Z");
        json.writeStringField("rotationOrder", "ZXY");
        json.writeNumberField("fps", fps);
        json.writeNumberField("width", width);
        json.writeNumberField("height", height);
        json.writeArrayFieldStart("frames");
    }

    public void add(CameraSample c) throws IOException {
        json.writeStartObject();
        json.writeNumberField("frame", c.frame());
        json.writeStringField("timecode", Smpte.of(c.frame(), fps));
        json.writeArrayFieldStart("position");
        json.writeNumber(c.x());
        json.writeNumber(c.y());
        json.writeNumber(c.z());
        json.writeEndArray();
        json.writeArrayFieldStart("rotationDeg");
        json.writeNumber(c.tiltDeg());
        json.writeNumber(c.panDeg());
        json.writeNumber(c.rollDeg());
        json.writeEndArray();
        json.writeNumberField("focalLengthMm", c.focalMm());
        json.writeArrayFieldStart("sensorMm");
        json.writeNumber(c.sensorWidthMm());
        json.writeNumber(c.sensorHeightMm());
        json.writeEndArray();
        if (Double.isFinite(c.focusMetres())) json.writeNumberField("focusMetres", c.focusMetres());
        json.writeNumberField("vfovDeg", c.verticalFovDeg());
        json.writeNumberField("hfovDeg", c.horizontalFovDeg());
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
