package dev.longshot.media.provenance.c2pa;

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
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small labelled (hence signed) videos, and damaged copies of them. */
final class SignedVideos {
    static final int W = 320;
    static final int H = 180;
    static final int FPS = 12;

    private SignedVideos() {}

    /** A 2-second labelled MP4 signed by {@code signer}. */
    static Path write(Path video, SigningIdentity signer) throws IOException {
        DirectorConfig config = new DirectorConfig(W, H, FPS, 7, VideoCodec.H264, 1);
        Storyboard board = new Storyboard("harbour.txt",
                List.of(new StoryLine(1, 0, 2, "dawn over the harbour")), "0e".repeat(32));
        try (VideoSink sink = LabelledVideoWriter.open(video,
                new VideoFormat(W, H, FPS, VideoCodec.H264, 48_000),
                ProvenanceMetadata.of("0.1.0", board, config), LabelMode.BOTH, signer)) {
            for (int i = 0; i < 2 * FPS; i++) sink.writeFrame(TestVideos.pattern(W, H, i, FPS));
            sink.finish();
        }
        return video;
    }

    /** A copy of {@code video} with one bit of its coded video data flipped. */
    static Path withFlippedVideoByte(Path video, Path copy) throws IOException {
        byte[] bytes = Files.readAllBytes(video);
        try (FileChannel ch = FileChannel.open(video)) {
            TopLevelBox mdat = TopLevelBox.list(ch).stream()
                    .filter(b -> b.type().equals("mdat")).findFirst().orElseThrow();
            bytes[(int) mdat.offset() + 8 + 100] ^= 0x01;
        }
        return Files.write(copy, bytes);
    }
}
