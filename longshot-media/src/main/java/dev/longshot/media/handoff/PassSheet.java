package dev.longshot.media.handoff;

import dev.longshot.media.decode.VideoReader;
import dev.longshot.render.Frame;
import dev.longshot.render.PassKind;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A contact sheet of a hand-off's passes: one row per chosen frame, the decoded video frame
 * then depth, ids, normals and motion beside it, each cell a nearest-pixel thumbnail (so the
 * id matte keeps its exact colours). For reviewing what a run handed off, and for the docs.
 * Depth is drawn near-white to far-dark on a log scale (sky black); motion as
 * R = 128 + 4·dx, G = 128 + 4·dy, B = 128 exact or 255 approximate.
 */
public final class PassSheet {
    private static final PassKind[] COLUMNS = PassKind.values();

    private PassSheet() {}

    /**
     * Writes the sheet of {@code frames} (0-based, ascending) of {@code video} and the passes
     * in {@code handoff}/passes to {@code out}, cells {@code cellWidth} pixels wide.
     */
    public static void write(Path video, Path handoff, long[] frames, int cellWidth, Path out)
            throws IOException {
        long[] wanted = frames.clone();
        Arrays.sort(wanted);
        int[] sheet = null;
        int cellHeight = 0, sheetWidth = 0;
        try (VideoReader reader = VideoReader.open(video)) {
            long at = 0;
            for (int row = 0; row < wanted.length; row++) {
                Frame f = reader.nextFrame();
                while (f != null && at < wanted[row]) {
                    f = reader.nextFrame();
                    at++;
                }
                if (f == null) throw new IOException(video + " has no frame " + wanted[row]);
                if (sheet == null) {
                    cellHeight = Math.round((float) cellWidth * f.height() / f.width());
                    sheetWidth = cellWidth * (1 + COLUMNS.length);
                    sheet = new int[3 * sheetWidth * cellHeight * wanted.length];
                }
                Cells cells = new Cells(sheet, sheetWidth, cellWidth, cellHeight, row);
                Frame beauty = f;
                cells.put(0, f.width(), f.height(),
                        (x, y) -> beauty.rgb()[y * beauty.width() + x]);
                for (int c = 0; c < COLUMNS.length; c++) {
                    Raster r = read(handoff, COLUMNS[c], wanted[row]);
                    cells.put(c + 1, r.getWidth(), r.getHeight(), look(COLUMNS[c], r));
                }
                at++;
            }
        }
        if (sheet == null) throw new IllegalArgumentException("no frames chosen");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            PassPng.write(o, sheetWidth, cellHeight * wanted.length, 3, 8, sheet,
                    "contact sheet: video | depth | ids | normals | motion");
        }
    }

    private static Raster read(Path handoff, PassKind k, long frame) throws IOException {
        Path file = handoff.resolve(PassSink.DIR).resolve(k.id())
                .resolve(PassSink.fileName(k, frame));
        BufferedImage img = javax.imageio.ImageIO.read(file.toFile());
        if (img == null) throw new IOException("cannot read " + file);
        return img.getRaster();
    }

    /** A pixel of the sheet, 0xRRGGBB, from pixel (x, y) of the source. */
    private interface Look {
        int at(int x, int y);
    }

    private static Look look(PassKind k, Raster r) {
        return switch (k) {
            case DEPTH -> (x, y) -> {
                int v = r.getSample(x, y, 0);
                if (v == PassFormats.DEPTH_SKY) return 0;
                double metres = Math.max(1, (double) v / PassFormats.DEPTH_UNITS_PER_METRE);
                int g = (int) Math.round(255 * (1 - Math.log(metres) / Math.log(4096)));
                return g << 16 | g << 8 | g;
            };
            case MOTION -> (x, y) -> {
                int dx = clamp(128 + 4 * (r.getSample(x, y, 0) - PassFormats.MOTION_ZERO)
                        / PassFormats.MOTION_UNITS_PER_PIXEL);
                int dy = clamp(128 + 4 * (r.getSample(x, y, 1) - PassFormats.MOTION_ZERO)
                        / PassFormats.MOTION_UNITS_PER_PIXEL);
                int b = r.getSample(x, y, 2) == 0 ? 128 : 255;
                return dx << 16 | dy << 8 | b;
            };
            default -> (x, y) -> r.getSample(x, y, 0) << 16 | r.getSample(x, y, 1) << 8
                    | r.getSample(x, y, 2);
        };
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** One row of cells of the sheet, filled by nearest-pixel sampling. */
    private record Cells(int[] sheet, int sheetWidth, int cellWidth, int cellHeight, int row) {
        void put(int column, int width, int height, Look look) {
            for (int y = 0; y < cellHeight; y++) {
                int sy = (int) ((y + 0.5) * height / cellHeight);
                for (int x = 0; x < cellWidth; x++) {
                    int sx = (int) ((x + 0.5) * width / cellWidth);
                    int c = look.at(sx, sy);
                    int p = 3 * ((row * cellHeight + y) * sheetWidth + column * cellWidth + x);
                    sheet[p] = c >>> 16 & 255;
                    sheet[p + 1] = c >>> 8 & 255;
                    sheet[p + 2] = c & 255;
                }
            }
        }
    }

    /** {@code PassSheet VIDEO HANDOFF_DIR OUT.png CELL_WIDTH FRAME…}: writes one sheet. */
    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: PassSheet VIDEO HANDOFF_DIR OUT.png CELL_WIDTH FRAME...");
            System.exit(2);
        }
        long[] frames = new long[args.length - 4];
        for (int i = 4; i < args.length; i++) frames[i - 4] = Long.parseLong(args[i]);
        write(Path.of(args[0]), Path.of(args[1]), frames, Integer.parseInt(args[3]),
                Path.of(args[2]));
    }
}
