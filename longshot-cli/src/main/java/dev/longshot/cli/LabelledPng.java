package dev.longshot.cli;

import dev.longshot.director.FilePublisher;
import dev.longshot.media.provenance.SealedStill;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a PNG whose text chunks say what it is, as a video's metadata does: one UTF-8
 * {@code iTXt} chunk per entry (Chinese text included), so any PNG reader finds that the
 * image is AI-generated and by what.
 */
final class LabelledPng {
    private static final String FORMAT = "javax_imageio_png_1.0";

    private LabelledPng() {}

    /**
     * Writes the PNG under a temporary name beside {@code target} and moves it into place only
     * when complete, so a failed write leaves nothing under the requested name.
     */
    static void publish(BufferedImage image, Map<String, String> text, Path target)
            throws IOException {
        publish(image, text, target, false);
    }

    /**
     * As {@link #publish(BufferedImage, Map, Path)}; with {@code signed} the PNG also carries a
     * C2PA manifest signed with this installation's key, added before it is published.
     */
    static void publish(BufferedImage image, Map<String, String> text, Path target,
            boolean signed) throws IOException {
        Path partial = Files.createTempFile(target.toAbsolutePath().getParent(),
                "." + target.getFileName(), ".partial");
        try {
            write(image, text, partial);
            if (signed) SealedStill.seal(partial, text, null);
            FilePublisher.publish(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static void write(BufferedImage image, Map<String, String> text, Path file)
            throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) throw new IOException("no PNG writer in this JDK");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            IIOMetadata meta = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), null);
            meta.mergeTree(FORMAT, chunks(text));
            writer.write(null, new IIOImage(image, null, meta), null);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot write PNG text chunks: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode chunks(Map<String, String> text) {
        IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
        text.forEach((key, value) -> {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", key);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", value);
            itxt.appendChild(entry);
        });
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        root.appendChild(itxt);
        return root;
    }
}
