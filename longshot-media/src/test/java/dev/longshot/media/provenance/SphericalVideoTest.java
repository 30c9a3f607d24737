package dev.longshot.media.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.media.TestVideos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer tags a 360° video through {@code encode.SphericalTag}. */
class SphericalVideoTest {
    @TempDir Path dir;

    private Path write(boolean spherical) throws IOException {
        return write(new VideoFormat(480, 240, 24, VideoCodec.H264, 48_000, spherical),
                spherical ? "360.mp4" : "flat.mp4");
    }

    private Path write(VideoFormat f, String name) throws IOException {
        Path mp4 = dir.resolve(name);
        try (FfmpegWriter sink = FfmpegWriter.open(mp4, f, FfmpegWriterTest.META)) {
            for (int i = 0; i < 12; i++) {
                sink.writeFrame(TestVideos.pattern(f.width(), f.height(), i, 24));
            }
            sink.writeAudio(new short[24_000]);
            sink.finish();
        }
        return mp4;
    }

    private static String boxes(Path mp4) throws IOException {
        return new String(Files.readAllBytes(mp4), StandardCharsets.ISO_8859_1);
    }

    @Test
    void a360VideoCarriesTheEquirectangularSphericalBox() throws IOException {
        String file = boxes(write(true));
        assertTrue(file.contains("sv3d"), "Spherical Video V2 box");
        assertTrue(file.contains("equi"), "equirectangular projection box");
    }

    @Test
    void anOrdinaryVideoClaimsNoSphere() throws IOException {
        assertFalse(boxes(write(false)).contains("sv3d"));
    }

    @Test
    void aStereoVideoSaysTopBottomBesideItsSphere() throws IOException {
        String file = boxes(write(new VideoFormat(480, 480, 24, VideoCodec.H264, 48_000, 1,
                true, true), "stereo.mp4"));
        assertTrue(file.contains("sv3d"), "Spherical Video V2 box");
        int st3d = file.indexOf("st3d");
        assertTrue(st3d > 0, "stereoscopic 3D box");
        // After the box type: version and flags (4 bytes), then stereo_mode: 1 is top-bottom.
        assertEquals(1, file.charAt(st3d + 8));
    }

    @Test
    void aMono360VideoClaimsNoStereo() throws IOException {
        assertFalse(boxes(write(true)).contains("st3d"));
    }
}
