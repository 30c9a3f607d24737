package dev.longshot.media.provenance.c2pa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Puts a signed C2PA manifest into a finished MP4: hashes its boxes, signs the claim and
 * appends the manifest as a top-level {@code uuid} box. Appending moves no other box, so no
 * chunk offset needs patching. Run it on the file before it is published: a failure leaves a
 * partial file that the caller deletes.
 */
public final class C2paSealer {
    private C2paSealer() {}

    /**
     * Seals {@code mp4} in place.
     *
     * @throws IOException when the file is not a readable MP4 or already carries a manifest
     */
    public static void seal(Path mp4, ClaimFacts facts, SigningIdentity signer)
            throws IOException {
        try (FileChannel file = FileChannel.open(mp4, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            List<TopLevelBox> boxes = TopLevelBox.list(file);
            if (boxes.stream().anyMatch(TopLevelBox::isC2pa)) {
                throw new IOException(mp4 + " already carries a C2PA manifest");
            }
            byte[] store = ManifestStore.build(facts, BmffHash.of(file, boxes), signer);
            byte[] box = uuidBox(store);
            ByteBuffer b = ByteBuffer.wrap(box);
            long at = file.size();
            while (b.hasRemaining()) at += file.write(b, at);
            file.force(true);
        }
    }

    /** uuid box: C2PA id, version/flags 0, "manifest\0", 8-byte offset 0, the manifest store. */
    static byte[] uuidBox(byte[] store) {
        byte[] purpose = "manifest\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(8 + 16 + 4 + purpose.length + 8 + store.length);
        b.putInt(b.capacity());
        b.put("uuid".getBytes(StandardCharsets.US_ASCII));
        b.put(TopLevelBox.C2PA_UUID);
        b.putInt(0);
        b.put(purpose);
        b.putLong(0);
        b.put(store);
        return b.array();
    }
}
