package dev.longshot.media.provenance.c2pa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One top-level box of an ISO BMFF (MP4) file: its type, where it starts and how long it is,
 * and for a {@code uuid} box its 16-byte extended type.
 */
record TopLevelBox(String type, long offset, long size, byte[] extendedType) {
    /** The extended type C2PA gives its manifest box: D8FEC3D6-1B0E-483C-9297-5828877EC481. */
    static final byte[] C2PA_UUID = HexFormat.of().parseHex("d8fec3d61b0e483c92975828877ec481");

    boolean isC2pa() {
        return type.equals("uuid") && Arrays.equals(extendedType, C2PA_UUID);
    }

    /**
     * Lists the top-level boxes of {@code file}.
     *
     * @throws IOException when a box header is cut short or claims to run past the end
     */
    static List<TopLevelBox> list(FileChannel file) throws IOException {
        List<TopLevelBox> boxes = new ArrayList<>();
        long length = file.size();
        long at = 0;
        while (at < length) {
            ByteBuffer h = read(file, at, (int) Math.min(32, length - at));
            if (h.remaining() < 8) throw new IOException("truncated box header at byte " + at);
            long size = Integer.toUnsignedLong(h.getInt());
            String type = new String(new byte[] {h.get(), h.get(), h.get(), h.get()},
                    StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1) {
                if (h.remaining() < 8) throw new IOException("truncated box header at byte " + at);
                size = h.getLong();
                header = 16;
            } else if (size == 0) {
                size = length - at;
            }
            if (size < header || at + size > length) {
                throw new IOException("box '" + type + "' at byte " + at + " runs past the end"
                        + " of the file (truncated or not an MP4)");
            }
            byte[] ext = null;
            if (type.equals("uuid") && h.remaining() >= 16) {
                ext = new byte[16];
                h.get(ext);
            }
            boxes.add(new TopLevelBox(type, at, size, ext));
            at += size;
        }
        return boxes;
    }

    static ByteBuffer read(FileChannel file, long at, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (file.read(b, at + b.position()) < 0) break;
        }
        return b.flip();
    }
}
