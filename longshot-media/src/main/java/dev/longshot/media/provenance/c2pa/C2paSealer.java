package dev.longshot.media.provenance.c2pa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a signed C2PA manifest into a finished MP4 (or a PNG, {@link #sealPng}): hashes its
 * boxes, signs the claim and appends the manifest as a top-level {@code uuid} box. Appending moves no other box, so no
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

    /**
     * Seals a PNG in place: a {@code caBX} chunk with the manifest store goes right after
     * {@code IHDR}, bound by a {@code c2pa.hash.data} hash over every byte of the file except
     * that chunk — which are exactly the bytes of the PNG before sealing.
     *
     * @throws IOException when the file is not a PNG or already carries a manifest
     */
    public static void sealPng(Path png, ClaimFacts facts, SigningIdentity signer)
            throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        List<PngChunks> chunks;
        try {
            chunks = PngChunks.list(bytes);
        } catch (IllegalArgumentException e) {
            throw new IOException(png + ": " + e.getMessage(), e);
        }
        if (PngChunks.c2pa(chunks).isPresent()) {
            throw new IOException(png + " already carries a C2PA manifest");
        }
        byte[] hash = BmffHash.sha256().digest(bytes);
        // the exclusion's length is part of the manifest it measures: build until it agrees
        int length = 0;
        byte[] store = null;
        for (int tries = 0; tries < 4 && (store == null || store.length + 12 != length); tries++) {
            if (store != null) length = store.length + 12;
            store = ManifestStore.build(facts, Labels.DATA_HASH, dataHash(hash, length), signer);
        }
        if (store.length + 12 != length) throw new IllegalStateException("manifest size unstable");
        byte[] chunk = PngChunks.chunk(PngChunks.C2PA, store);
        byte[] out = new byte[bytes.length + chunk.length];
        System.arraycopy(bytes, 0, out, 0, PngChunks.AFTER_IHDR);
        System.arraycopy(chunk, 0, out, PngChunks.AFTER_IHDR, chunk.length);
        System.arraycopy(bytes, PngChunks.AFTER_IHDR, out, PngChunks.AFTER_IHDR + chunk.length,
                bytes.length - PngChunks.AFTER_IHDR);
        Files.write(png, out);
    }

    /** The data-hash assertion: one exclusion, the caBX chunk right after IHDR. */
    static Map<String, Object> dataHash(byte[] hash, int chunkLength) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("start", PngChunks.AFTER_IHDR);
        range.put("length", chunkLength);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("exclusions", List.of(range));
        b.put("name", "jumbf manifest");
        b.put("alg", "sha256");
        b.put("hash", hash);
        b.put("pad", new byte[0]);
        return b;
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
