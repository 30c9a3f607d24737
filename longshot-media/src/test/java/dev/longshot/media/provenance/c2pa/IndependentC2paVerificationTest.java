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
    @TempDir static Path dir;
    static Path video;
    static Path keys;

    @BeforeAll
    static void writeVideo() throws IOException {
        keys = dir.resolve("keys");
        video = SignedVideos.write(dir.resolve("signed.mp4"), InstallationKeys.loadOrCreate(keys));
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
        Path copy = SignedVideos.withFlippedVideoByte(video, dir.resolve("flipped.mp4"));
        String verdict = NodeC2paVerifier.verify(copy, "video/mp4",
                keys.resolve(InstallationKeys.ROOT));
        assertTrue(verdict.contains("\"state\":\"Invalid\""), verdict);
        assertTrue(verdict.contains("assertion.bmffHash.mismatch"), verdict);
    }

    @Test
    void contactSheetPngCarriesValidManifest() throws Exception {
        NodeC2paVerifier.assumeInstalled();
        Path png = SignedStills.write(dir.resolve("sheet.png"), InstallationKeys.loadOrCreate(keys));
        String verdict = NodeC2paVerifier.verify(png, "image/png",
                keys.resolve(InstallationKeys.ROOT));
        assertTrue(verdict.contains("\"state\":\"Trusted\""), verdict);
        assertTrue(verdict.contains("assertion.dataHash.match"), verdict);
    }

    @Test
    void flippedPngByteInvalidatesManifest() throws Exception {
        NodeC2paVerifier.assumeInstalled();
        Path png = SignedStills.write(dir.resolve("sheet2.png"),
                InstallationKeys.loadOrCreate(keys));
        Path copy = SignedStills.withFlippedPixelByte(png, dir.resolve("sheet-flipped.png"));
        String verdict = NodeC2paVerifier.verify(copy, "image/png",
                keys.resolve(InstallationKeys.ROOT));
        assertTrue(verdict.contains("\"state\":\"Invalid\""), verdict);
        assertTrue(verdict.contains("assertion.dataHash.mismatch"), verdict);
    }

    @Test
    void aVideoWithoutManifestIsReportedAsHavingNone() throws Exception {
        NodeC2paVerifier.assumeInstalled();
        Path plain = dir.resolve("plain.mp4");
        TestVideos.write(plain, VideoCodec.H264, 12, Map.of());
        String verdict = NodeC2paVerifier.verify(plain, "video/mp4", null);
        assertTrue(verdict.contains("\"state\":\"NoManifest\""), verdict);
    }
}
