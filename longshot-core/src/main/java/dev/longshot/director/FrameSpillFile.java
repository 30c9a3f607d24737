package dev.longshot.director;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * Pictures of one size parked in a temporary file while they wait in the commit window, read
 * back bit for bit. Plain positional writes, not a mapping: what the file holds is the
 * system's page cache, which it may write out and drop, not the process's resident memory.
 * The file is opened delete-on-close, which on Linux and macOS unlinks it at once: not even a
 * killed process leaves it behind. Slots are reused lowest first, so the file never grows
 * beyond the most pictures parked at once.
 */
final class FrameSpillFile implements Closeable {
    /** Pixels per write or read: the I/O buffer stays at 1 MiB whatever the frame size. */
    private static final int CHUNK_PIXELS = 1 << 18;

    private final int pixels;
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private final IntBuffer ints;
    private final BitSet used = new BitSet();

    private FrameSpillFile(FileChannel channel, int pixels) {
        this.channel = channel;
        this.pixels = pixels;
        // native order: the file is read only by this process, so no byte swapping
        this.buffer = ByteBuffer.allocateDirect(4 * Math.min(pixels, CHUNK_PIXELS))
                .order(ByteOrder.nativeOrder());
        this.ints = buffer.asIntBuffer();
    }

    /** A new, empty spill file in {@code dir} for pictures of {@code pixels} pixels. */
    static FrameSpillFile create(Path dir, int pixels) throws IOException {
        if (pixels < 1) throw new IllegalArgumentException("pixels " + pixels);
        Path file = Files.createTempFile(dir, "longshot-held-", ".frames");
        try {
            return new FrameSpillFile(FileChannel.open(file, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE), pixels);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Pixels of each picture. */
    int pixels() {
        return pixels;
    }

    /** Pictures parked now. */
    int parked() {
        return used.cardinality();
    }

    /** Parks {@code rgb} and returns its slot. */
    int write(int[] rgb) throws IOException {
        if (rgb.length != pixels) {
            throw new IllegalArgumentException("pixels " + rgb.length + " != " + pixels);
        }
        int slot = used.nextClearBit(0);
        long at = offset(slot);
        for (int from = 0; from < pixels; from += CHUNK_PIXELS) {
            int n = Math.min(CHUNK_PIXELS, pixels - from);
            ints.clear();
            ints.put(rgb, from, n);
            buffer.clear().limit(4 * n);
            while (buffer.hasRemaining()) at += channel.write(buffer, at);
        }
        used.set(slot);
        return slot;
    }

    /** The picture parked in {@code slot}, which stays parked until {@link #free}. */
    int[] read(int slot) throws IOException {
        checkUsed(slot);
        int[] rgb = new int[pixels];
        long at = offset(slot);
        for (int from = 0; from < pixels; from += CHUNK_PIXELS) {
            int n = Math.min(CHUNK_PIXELS, pixels - from);
            buffer.clear().limit(4 * n);
            while (buffer.hasRemaining()) {
                int r = channel.read(buffer, at);
                if (r < 0) throw new IOException("spill file ended early at byte " + at);
                at += r;
            }
            ints.clear();
            ints.get(rgb, from, n);
        }
        return rgb;
    }

    /** Lets {@code slot} be reused. */
    void free(int slot) {
        checkUsed(slot);
        used.clear(slot);
    }

    private void checkUsed(int slot) {
        if (slot < 0 || !used.get(slot)) throw new IllegalArgumentException("slot " + slot);
    }

    private long offset(int slot) {
        return 4L * pixels * slot;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
