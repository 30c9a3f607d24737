package dev.longshot.media.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A minimal PNG encoder for pass images: 8- or 16-bit grey or RGB, no interlace, every row
 * filtered with "Sub", and a text chunk saying what made the image — like every file longshot
 * writes, a pass says it is synthetic. Samples arrive as ints, one per channel, row-major.
 */
final class PassPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static final int GREY = 0;
    static final int RGB = 2;

    private PassPng() {}

    /**
     * Writes a PNG of {@code width × height} pixels of {@code channels} (1 grey, 3 RGB)
     * samples of {@code bits} (8 or 16) each, from {@code samples} (H, W, channels).
     */
    static void write(OutputStream out, int width, int height, int channels, int bits,
            int[] samples, String description) throws IOException {
        if (samples.length != width * height * channels) {
            throw new IllegalArgumentException("samples " + samples.length);
        }
        int bytes = bits / 8;
        int stride = width * channels * bytes;
        int bpp = channels * bytes;
        ByteArrayOutputStream idat = new ByteArrayOutputStream(stride * height / 4 + 64);
        // fastest deflate: 1280x720 passes encode about 3x faster for files about 1.7x larger
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] raw = new byte[stride];
            byte[] row = new byte[stride + 1];
            row[0] = 1; // filter: Sub
            for (int y = 0; y < height; y++) {
                int s = y * width * channels;
                for (int i = 0; i < width * channels; i++) {
                    int v = samples[s + i];
                    if (bytes == 2) {
                        raw[2 * i] = (byte) (v >>> 8);
                        raw[2 * i + 1] = (byte) v;
                    } else {
                        raw[i] = (byte) v;
                    }
                }
                for (int i = 0; i < stride; i++) {
                    row[i + 1] = (byte) (raw[i] - (i >= bpp ? raw[i - bpp] : 0));
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = (byte) bits;
        ihdr[9] = (byte) (channels == 1 ? GREY : RGB);
        chunk(out, "IHDR", ihdr);
        chunk(out, "tEXt", ("Software\0longshot (AI-generated previs pass: " + description + ")")
                .getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        out.write(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
