package dev.longshot.media.provenance.c2pa;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The chunks of a PNG file, and the {@code caBX} chunk C2PA keeps a PNG's manifest store in:
 * placed right after {@code IHDR} (as c2pa-rs places it), so its position is known before the
 * manifest is built.
 *
 * @param type   four-letter chunk type
 * @param offset where the chunk's length field starts in the file
 * @param length bytes of chunk data (the chunk spans {@code length + 12} bytes)
 */
record PngChunks(String type, int offset, int length) {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static final String C2PA = "caBX";
    /** Signature (8) + IHDR chunk (4 + 4 + 13 + 4). */
    static final int AFTER_IHDR = 8 + 25;

    static boolean isPng(byte[] file) {
        return file.length >= SIGNATURE.length
                && Arrays.equals(file, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /**
     * The chunks of {@code png}, in order.
     *
     * @throws IllegalArgumentException when it is not a PNG or a chunk runs past the end
     */
    static List<PngChunks> list(byte[] png) {
        if (!isPng(png)) throw new IllegalArgumentException("not a PNG");
        List<PngChunks> chunks = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        int at = SIGNATURE.length;
        while (at + 12 <= png.length) {
            long length = Integer.toUnsignedLong(b.getInt(at));
            if (at + 12 + length > png.length) {
                throw new IllegalArgumentException("PNG chunk at byte " + at + " runs past the end");
            }
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            chunks.add(new PngChunks(type, at, (int) length));
            at += 12 + (int) length;
        }
        if (chunks.isEmpty() || !chunks.get(0).type().equals("IHDR")
                || chunks.get(0).length() != 13) {
            throw new IllegalArgumentException("PNG does not start with IHDR");
        }
        return chunks;
    }

    /** The file's C2PA chunk, if any (the last one when there are several). */
    static Optional<PngChunks> c2pa(List<PngChunks> chunks) {
        return chunks.stream().filter(c -> c.type().equals(C2PA)).reduce((a, b) -> b);
    }

    /** A whole chunk: length, type, data, CRC-32 over type and data. */
    static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 12);
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    /** This chunk's data. */
    byte[] data(byte[] png) {
        return Arrays.copyOfRange(png, offset + 8, offset + 8 + length);
    }
}
