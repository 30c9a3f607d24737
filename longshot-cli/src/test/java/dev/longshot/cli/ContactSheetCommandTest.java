package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetCommandTest {
    private static final int CELL_W = 160;
    private static final int CELL_H = 90;
    private static final int GAP = 8;

    @TempDir
    Path dir;

    private Path board() throws IOException {
        Path b = dir.resolve("b.txt");
        Files.writeString(b, "Night in the forest, stars above the trees\n"
                + "Aerial shot over the snowy mountains\nA deer drinks at the stream\n",
                StandardCharsets.UTF_8);
        return b;
    }

    @Test
    void oneCaptionedCellPerLineInAGrid() throws IOException {
        Path out = dir.resolve("sheet.png");
        Cli r = Cli.run("contact-sheet", board().toString(), "-o", out.toString(),
                "--size", CELL_W + "x" + CELL_H, "--columns", "2");
        assertEquals(0, r.exit(), r.err());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(GAP + 2 * (CELL_W + GAP), img.getWidth(), "two columns");
        assertTrue(img.getHeight() > 2 * (CELL_H + GAP) + 40, "two rows: " + img.getHeight());
        int[] night = cell(img, 0);
        int[] mountains = cell(img, 1);
        assertTrue(meanLuma(night) < 80, "the first line is at night: " + meanLuma(night));
        assertTrue(differing(night, mountains) > night.length / 2, "scenes differ");
        // Captions: text pixels in the band under the first cell.
        int bright = 0;
        for (int y = GAP + CELL_H; y < GAP + CELL_H + 24; y++) {
            for (int x = GAP; x < GAP + CELL_W; x++) {
                if (((img.getRGB(x, y) >> 8) & 255) > 150) bright++;
            }
        }
        assertTrue(bright > 30, "caption pixels: " + bright);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".partial")), "no temp file");
        }
    }

    @Test
    void contactSheetPngCarriesValidManifest() throws IOException {
        Path out = dir.resolve("sheet.png");
        Cli r = Cli.run("contact-sheet", board().toString(), "-o", out.toString(),
                "--size", CELL_W + "x" + CELL_H);
        assertEquals(0, r.exit(), r.err());
        Path root = dev.longshot.media.provenance.c2pa.InstallationKeys.directory()
                .resolve(dev.longshot.media.provenance.c2pa.InstallationKeys.ROOT);
        Cli v = Cli.run("verify", "--trust", root.toString(), out.toString());
        assertTrue(v.out().contains("C2PA:       valid and trusted, signed by O=longshot"),
                v.out());
        assertTrue(v.out().contains("states AI-generated (trainedAlgorithmicMedia)"), v.out());
        assertTrue(v.out().contains("PNG text chunks:"), v.out());
    }

    @Test
    void flippedPngByteInvalidatesManifest() throws IOException {
        Path out = dir.resolve("sheet.png");
        Cli r = Cli.run("contact-sheet", board().toString(), "-o", out.toString(),
                "--size", CELL_W + "x" + CELL_H);
        assertEquals(0, r.exit(), r.err());
        // one bit of a text chunk, its CRC made good again: a PNG every reader still opens
        byte[] png = Files.readAllBytes(out);
        int type = new String(png, StandardCharsets.ISO_8859_1).indexOf("iTXt");
        int length = java.nio.ByteBuffer.wrap(png, type - 4, 4).getInt();
        png[type + 4 + length - 1] ^= 1;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, type, 4 + length);
        java.nio.ByteBuffer.wrap(png, type + 4 + length, 4).putInt((int) crc.getValue());
        Path flipped = dir.resolve("flipped.png");
        Files.write(flipped, png);
        Cli v = Cli.run("verify", "--json", flipped.toString());
        assertTrue(v.out().contains("invalid"), v.out());
        assertTrue(v.out().contains("assertion.dataHash.mismatch"), v.out());
    }

    @Test
    void theSheetSaysInItsMetadataThatItIsAiGenerated() throws Exception {
        Path out = dir.resolve("sheet.png");
        Cli r = Cli.run("contact-sheet", board().toString(), "-o", out.toString(),
                "--size", CELL_W + "x" + CELL_H);
        assertEquals(0, r.exit(), r.err());
        java.util.Map<String, String> text = new java.util.HashMap<>();
        try (var in = ImageIO.createImageInputStream(out.toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var root = (org.w3c.dom.Element) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_png_1.0");
            var entries = root.getElementsByTagName("iTXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                var e = (org.w3c.dom.Element) entries.item(i);
                text.put(e.getAttribute("keyword"), e.getAttribute("text"));
            }
            reader.dispose();
        }
        assertEquals("true", text.get("ai_generated"), text.toString());
        assertTrue(text.get("Description").startsWith("AI-generated"), text.toString());
        assertTrue(text.get("Software").startsWith("longshot "), text.toString());
        assertEquals("AI生成 · AI-generated", text.get("label"));
        assertTrue(text.get("AIGC").contains("\"Label\":\"1\""), text.get("AIGC"));
        assertTrue(text.keySet().stream().noneMatch(k -> k.toLowerCase().contains("make")
                || k.toLowerCase().contains("model")), "no camera claims: " + text.keySet());
    }

    // Pixels of cell i of the first row.
    private static int[] cell(BufferedImage img, int i) {
        return img.getRGB(GAP + i * (CELL_W + GAP), GAP, CELL_W, CELL_H, null, 0, CELL_W);
    }

    private static double meanLuma(int[] px) {
        double sum = 0;
        for (int c : px) sum += 0.3 * ((c >> 16) & 255) + 0.59 * ((c >> 8) & 255) + 0.11 * (c & 255);
        return sum / px.length;
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    @Test
    void badInputFailsCleanly() throws IOException {
        Path out = dir.resolve("sheet.png");
        Cli missing = Cli.run("contact-sheet", dir.resolve("nope.txt").toString(), "-o",
                out.toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("nope.txt") && missing.err().contains("no such file"),
                missing.err());
        Cli columns = Cli.run("contact-sheet", board().toString(), "-o", out.toString(),
                "--columns", "0");
        assertEquals(2, columns.exit());
        assertTrue(columns.err().contains("--columns"), columns.err());
        Cli notPng = Cli.run("contact-sheet", board().toString(), "-o",
                dir.resolve("sheet.jpg").toString());
        assertEquals(2, notPng.exit());
        assertTrue(notPng.err().contains(".png"), notPng.err());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "森林\n[5x] 山谷\n", StandardCharsets.UTF_8);
        Cli parse = Cli.run("contact-sheet", bad.toString(), "-o", out.toString());
        assertEquals(2, parse.exit());
        assertTrue(parse.err().contains("bad.txt:2"), parse.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".png")
                    || p.toString().endsWith(".partial")), "nothing written");
        }
    }
}
