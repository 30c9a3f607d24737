package dev.longshot.cli;

import dev.longshot.audio.StemSink;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --stems DIR}: each layer of the soundtrack as a stereo 32-bit float WAV
 * ({@code wind.wav}, {@code thunder.wav} …), before mixing and normalisation. Each second is
 * written at its own place in the file, so when a rollback makes a second again its new take
 * overwrites the old one and the stems hold what the video keeps — streamed, with no buffers.
 * Written under temporary names and moved into place by {@link #finish}; deleted otherwise.
 */
final class StemFiles implements StemSink, AutoCloseable {
    private static final int HEADER = 44;

    private final Path dir;
    private final int rate;
    private final Map<String, RandomAccessFile> files = new TreeMap<>();
    private boolean finished;

    StemFiles(Path dir, int rate) throws IOException {
        Files.createDirectories(dir);
        this.dir = dir;
        this.rate = rate;
    }

    private Path partial(String layer) {
        return dir.resolve("." + layer + ".wav.partial");
    }

    @Override
    public void accept(int second, String layer, float[] left, float[] right) {
        try {
            RandomAccessFile f = files.get(layer);
            if (f == null) {
                f = new RandomAccessFile(partial(layer).toFile(), "rw");
                f.setLength(0);
                files.put(layer, f);
            }
            ByteBuffer b = ByteBuffer.allocate(left.length * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < left.length; i++) {
                b.putFloat(left[i]);
                b.putFloat(right[i]);
            }
            f.seek(HEADER + (long) second * rate * 8);
            f.write(b.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + layer + " stem in " + dir, e);
        }
    }

    /** Cuts every stem to {@code seconds}, writes the headers and moves the files into place. */
    void finish(int seconds) throws IOException {
        long data = (long) seconds * rate * 8;
        for (Map.Entry<String, RandomAccessFile> e : files.entrySet()) {
            RandomAccessFile f = e.getValue();
            f.setLength(HEADER + data);
            f.seek(0);
            f.write(header(data));
            f.close();
            Files.move(partial(e.getKey()), dir.resolve(e.getKey() + ".wav"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        finished = true;
    }

    /** RIFF/WAVE header of IEEE float, 2 channels, 32 bits. */
    private byte[] header(long data) {
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        h.putInt((int) (36 + data));
        h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        h.putInt(16);
        h.putShort((short) 3); // IEEE float
        h.putShort((short) 2);
        h.putInt(rate);
        h.putInt(rate * 8);
        h.putShort((short) 8);
        h.putShort((short) 32);
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        h.putInt((int) data);
        return h.array();
    }

    @Override
    public void close() throws IOException {
        if (finished) return;
        for (Map.Entry<String, RandomAccessFile> e : files.entrySet()) {
            e.getValue().close();
            Files.deleteIfExists(partial(e.getKey()));
        }
    }
}
