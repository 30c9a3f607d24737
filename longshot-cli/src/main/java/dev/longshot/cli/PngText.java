package dev.longshot.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * A PNG's picture and its text chunks ({@code tEXt}, {@code zTXt}, {@code iTXt}), as
 * {@link LabelledPng} writes them on contact sheets.
 *
 * @param image the picture
 * @param text  keyword → text, in file order
 */
record PngText(BufferedImage image, Map<String, String> text) {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Whether {@code file} starts with the PNG signature. */
    static boolean isPng(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(8), SIGNATURE);
        } catch (IOException e) {
            return false; // not readable: the video path reports why
        }
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException naming the file when it is not a readable PNG
     */
    static PngText read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) throw new IOException(file + ": not a PNG");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                BufferedImage image = reader.read(0);
                IIOMetadata meta = reader.getImageMetadata(0);
                Map<String, String> text = new LinkedHashMap<>();
                collect(meta.getAsTree("javax_imageio_png_1.0"), text);
                return new PngText(image, text);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a readable PNG (" + e.getMessage() + ")", e);
        }
    }

    private static void collect(Node node, Map<String, String> text) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            String name = n.getNodeName();
            if (name.equals("tEXtEntry") || name.equals("zTXtEntry") || name.equals("iTXtEntry")) {
                String key = attribute(n, "keyword");
                String value = name.equals("tEXtEntry") ? attribute(n, "value")
                        : attribute(n, "text");
                if (key != null && value != null) text.put(key, value);
            } else {
                collect(n, text);
            }
        }
    }

    private static String attribute(Node n, String name) {
        Node a = n.getAttributes() == null ? null : n.getAttributes().getNamedItem(name);
        return a == null ? null : a.getNodeValue();
    }
}
