package dev.longshot.media.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.TestVideos;
import dev.longshot.media.decode.AudioReader;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 360° video with four audio channels says they are first-order AmbiX (the SA3D box, read
 * back from the file as a player reads it), and its four channels decode in the order written.
 */
class SpatialAudioTagTest {
    private static final int RATE = 48_000;
    private static final int FPS = 24;
    /** Per channel (W, Y, Z, X): a tone of its own pitch at its own level. */
    private static final double[] LEVELS = {0.4, 0.2, 0.05, 0.1};
    private static final Map<String, String> META = ProvenanceMetadata.of("test",
            StoryboardParser.parse("a.txt", "a forest\n".getBytes(StandardCharsets.UTF_8)),
            DirectorConfig.defaults());

    @TempDir Path dir;

    private Path write(boolean spherical, int channels) throws IOException {
        VideoFormat f = new VideoFormat(480, 240, FPS, VideoCodec.H264, RATE, channels, spherical);
        Path mp4 = dir.resolve("v" + channels + spherical + ".mp4");
        try (VideoSink sink = LabelledVideoWriter.open(mp4, f, META, LabelMode.BOTH)) {
            for (int i = 0; i < 2 * FPS; i++) sink.writeFrame(TestVideos.pattern(480, 240, i, FPS));
            short[] pcm = new short[2 * RATE * channels];
            for (int i = 0; i < 2 * RATE; i++) {
                for (int c = 0; c < channels; c++) {
                    double tone = Math.sin(2 * Math.PI * (300 + 200 * c) * i / RATE);
                    pcm[i * channels + c] = (short) (32767 * LEVELS[c % 4] * tone);
                }
            }
            sink.writeAudio(pcm);
            sink.finish();
        }
        return mp4;
    }

    /** The SA3D box's payload after its size and type; null when the file has none. */
    private static ByteBuffer sa3d(Path mp4) throws IOException {
        byte[] b = Files.readAllBytes(mp4);
        int at = new String(b, StandardCharsets.ISO_8859_1).indexOf("SA3D");
        if (at < 4) return null;
        int size = ByteBuffer.wrap(b, at - 4, 4).getInt();
        return ByteBuffer.wrap(b, at + 4, size - 8).slice();
    }

    @Test
    void aSphericalFourChannelVideoCarriesTheFirstOrderAmbiXBox() throws IOException {
        ByteBuffer box = sa3d(write(true, 4));
        assertNotNull(box, "SA3D box");
        assertEquals(0, box.get(), "version");
        assertEquals(0, box.get(), "ambisonic type: periphonic, not head-locked");
        assertEquals(1, box.getInt(), "ambisonic order");
        assertEquals(0, box.get(), "channel ordering: ACN");
        assertEquals(0, box.get(), "normalisation: SN3D");
        assertEquals(4, box.getInt(), "channels");
        for (int c = 0; c < 4; c++) assertEquals(c, box.getInt(), "channel map " + c);
    }

    @Test
    void theFourChannelsDecodeInTheOrderWritten() throws IOException {
        try (AudioReader in = AudioReader.open(write(true, 4))) {
            assertEquals(4, in.channels());
            short[] pcm = in.readAll();
            double[] e = new double[4];
            int from = RATE / 2 * 4, to = 3 * RATE / 2 * 4; // away from the codec's edges
            for (int i = from; i < to; i++) e[i % 4] += (double) pcm[i] * pcm[i];
            for (int c = 0; c < 4; c++) {
                double rms = Math.sqrt(e[c] / ((to - from) / 4.0)) / 32767;
                assertEquals(LEVELS[c] / Math.sqrt(2), rms, 0.1 * LEVELS[c], "channel " + c);
            }
        }
    }

    @Test
    void flatOrStereoVideosClaimNoSpatialAudio() throws IOException {
        assertNull(sa3d(write(false, 4)), "a flat video's four channels");
        assertNull(sa3d(write(true, 2)), "a 360° video's stereo");
    }
}
