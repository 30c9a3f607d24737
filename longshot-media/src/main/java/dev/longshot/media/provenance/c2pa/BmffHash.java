package dev.longshot.media.provenance.c2pa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

/**
 * The {@code c2pa.hash.bmff.v2} hard binding: SHA-256 over every top-level box except the
 * C2PA manifest box, {@code ftyp} and {@code mfra}, each fed as its 8-byte big-endian file
 * offset followed by its bytes (the offsets make moving a box detectable).
 */
final class BmffHash {
    /** Boxes excluded by type alone; the C2PA {@code uuid} box is excluded by its id too. */
    static final Set<String> EXCLUDED = Set.of("ftyp", "mfra");

    private BmffHash() {}

    static byte[] of(FileChannel file, List<TopLevelBox> boxes) throws IOException {
        MessageDigest sha = sha256();
        ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
        for (TopLevelBox box : boxes) {
            if (box.isC2pa() || EXCLUDED.contains(box.type())) continue;
            sha.update(ByteBuffer.allocate(8).putLong(box.offset()).array());
            long at = box.offset();
            long end = box.offset() + box.size();
            while (at < end) {
                chunk.clear().limit((int) Math.min(chunk.capacity(), end - at));
                int n = file.read(chunk, at);
                if (n < 0) throw new IOException("file ended inside box '" + box.type() + "'");
                sha.update(chunk.flip());
                at += n;
            }
        }
        return sha.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
