package dev.longshot.media.provenance.c2pa;

import dev.longshot.director.DirectorConfig;
import dev.longshot.director.VideoCodec;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.media.provenance.SealedStill;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Small signed PNGs, sealed as {@code contact-sheet} seals its sheet, and damaged copies. */
final class SignedStills {
    private SignedStills() {}

    /** A 320×180 gradient PNG with a manifest signed by {@code signer}. */
    static Path write(Path png, SigningIdentity signer) throws IOException {
        BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) image.setRGB(x, y, (x * 255 / 320) << 16 | y << 8 | 90);
        }
        if (!ImageIO.write(image, "png", png.toFile())) throw new IOException("no PNG writer");
        DirectorConfig config = new DirectorConfig(320, 180, 24, 7, VideoCodec.H264, 1);
        Storyboard board = new Storyboard("harbour.txt",
                List.of(new StoryLine(1, 0, 2, "dawn over the harbour")), "0e".repeat(32));
        SealedStill.seal(png, ProvenanceMetadata.of("0.1.0", board, config), signer);
        return png;
    }

    /** A copy of {@code png} with one bit of its compressed picture (IDAT) flipped. */
    static Path withFlippedPixelByte(Path png, Path copy) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        PngChunks idat = PngChunks.list(bytes).stream().filter(c -> c.type().equals("IDAT"))
                .findFirst().orElseThrow();
        bytes[idat.offset() + 8 + idat.length() / 2] ^= 0x01;
        return Files.write(copy, bytes);
    }
}
