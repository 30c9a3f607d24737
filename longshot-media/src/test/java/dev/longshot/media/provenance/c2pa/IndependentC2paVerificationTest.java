package dev.longshot.media.provenance.c2pa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.director.VideoFormat;
import dev.longshot.director.VideoSink;
import dev.longshot.media.TestVideos;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * c2pa-rs, the Content Authenticity Initiative's implementation, not ours, judges the
 * manifests longshot writes: trusted with our root as anchor, invalid once a video byte
 * changes, absent from a file that never had one.
 */
class IndependentC2paVerificationTest {
    static final int W = 320;
    static final int H = 180;
    static final int FPS = 12;

    @TempDir static Path dir;
    static Path video;
    static Path keys;

    @BeforeAll
    static void writeVideo() throws IOException {
        keys = dir.resolve("keys");
        SigningIdentity signer = InstallationKeys.loadOrCreate(keys);
        video = dir.resolve("signed.mp4");
        DirectorConfig config = new DirectorConfig(W, H, FPS, 7, VideoCodec.H264, 1);
        Storyboard board = new Storyboard("harbour.txt",
                List.of(new StoryLine(1, 0, 2, "dawn over the harbour")), "0e".repeat(32));
        try (VideoSink sink = LabelledVideoWriter.open(video,
                new VideoFormat(W, H, FPS, VideoCodec.H264, 48_000),
                ProvenanceMetadata.of("0.1.0", board, config), LabelMode.BOTH, signer)) {
            for (int i = 0; i < 2 * FPS; i++) sink.writeFrame(TestVideos.pattern(W, H, i, FPS));
            sink.finish();
        }
    }

    @Test
    void aGeneratedVideoIsTrustedWithOurRootAsAnchor() throws Exception {
        NodeC2paVerifier.assumeInstalled();
        String verdict = NodeC2paVerifier.verify(video, "video/mp4",
                keys.resolve(InstallationKeys.ROOT));
        assertTrue(verdict.contains("\"state\":\"Trusted\""), verdict);
    }

    @Test
    void withoutTheAnchorItIsValidButNotTrusted() throws Exception {
        NodeC2paVerifier.assumeInstalled();
        String verdict = NodeC2paVerifier.verify(video, "video/mp4", null);
        assertTrue(verdict.contains("\"state\":\"Valid\""), verdict);
    }

    @Test
    void oneFlippedVideoByteMakesItInvalidWithABmffHashMismatch() throws Exception {
        NodeC2paVerifier.assumeInstalled();
        Path copy = dir.resolve("flipped.mp4");
        byte[] bytes = Files.readAllBytes(video);
        bytes[Mdat.firstPayloadByte(video) + 100] ^= 0x01;
        Files.write(copy, bytes);
        String verdict = NodeC2paVerifier.verify(copy, "video/mp4",
                keys.resolve(InstallationKeys.ROOT));
        assertTrue(verdict.contains("\"state\":\"Invalid\""), verdict);
        assertTrue(verdict.contains("assertion.bmffHash.mismatch"), verdict);
    }

    @Test
    void aVideoWithoutManifestIsReportedAsHavingNone() throws Exception {
        NodeC2paVerifier.assumeInstalled();
        Path plain = dir.resolve("plain.mp4");
        TestVideos.write(plain, VideoCodec.H264, FPS, Map.of());
        String verdict = NodeC2paVerifier.verify(plain, "video/mp4", null);
        assertTrue(verdict.contains("\"state\":\"NoManifest\""), verdict);
    }

    /** Where the coded video starts. */
    static final class Mdat {
        static int firstPayloadByte(Path mp4) throws IOException {
            try (var ch = java.nio.channels.FileChannel.open(mp4)) {
                List<TopLevelBox> boxes = TopLevelBox.list(ch);
                TopLevelBox mdat = boxes.stream().filter(b -> b.type().equals("mdat"))
                        .findFirst().orElseThrow();
                return (int) mdat.offset() + 8;
            }
        }
    }
}
