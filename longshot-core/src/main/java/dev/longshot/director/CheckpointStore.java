package dev.longshot.director;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The on-disk side of a segmented run (DESIGN.md's "SSD tier"), in a directory of its own:
 *
 * <ul>
 *   <li>{@code store.txt} — format, the {@link RunFingerprint} it was made for, a checksum;
 *   <li>{@code journal.txt} — the second through which the run is settled and the
 *       {@link RollbackJournal} of the seconds before it, with a checksum: with it, the pass
 *       without pixels brings memory, world and sound to any settled segment start;
 *   <li>{@code seg-NNNNN.mp4}, {@code seg-NNNNN.pcm} and {@code seg-NNNNN.sha256} — finished
 *       segments, the checksum file written last.
 * </ul>
 *
 * Every file is written under a temporary name and renamed into place. Opening the store
 * locks it (one run at a time), deletes what a dead run left half-written, and verifies the
 * finished segments, forgetting any that do not match their checksums.
 */
public final class CheckpointStore implements SegmentFiles, AutoCloseable {
    static final String FORMAT = "longshot-store/1";
    static final String JOURNAL_FORMAT = "longshot-journal/1";

    /** The store was made for another storyboard or other options. */
    public static final class Mismatch extends IOException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message);
        }
    }

    /** Another run holds the store. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    private final Path dir;
    private final int segmentSeconds;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Set<Integer> finished = new HashSet<>();
    private final List<String> discarded = new ArrayList<>();
    private int settledThrough;
    private final RollbackJournal journal = new RollbackJournal();

    private CheckpointStore(Path dir, int segmentSeconds, FileChannel lockChannel,
            FileLock lock) {
        this.dir = dir;
        this.segmentSeconds = segmentSeconds;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (or creates) the store in {@code dir} for a run with {@code fingerprint}.
     *
     * @param restart start over: forget whatever the directory holds
     * @throws Mismatch   when the store was made for a different fingerprint (names what
     *                    changed), unless {@code restart}
     * @throws Busy       when another run holds it
     * @throws IOException when the directory cannot be used
     */
    public static CheckpointStore open(Path dir, RunFingerprint fingerprint, int segmentSeconds,
            boolean restart) throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) { // held in this JVM
            lock = null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new Busy("another longshot run is using the checkpoint store " + dir);
        }
        CheckpointStore store = new CheckpointStore(dir, segmentSeconds, ch, lock);
        try {
            store.load(fingerprint, restart);
            return store;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void load(RunFingerprint fingerprint, boolean restart) throws IOException {
        Path meta = dir.resolve("store.txt");
        if (restart) clear();
        deleteHalfWritten();
        if (Files.exists(meta)) {
            RunFingerprint stored = RunFingerprint.of(readChecked(meta, FORMAT));
            String changes = fingerprint.changesFrom(stored);
            if (!changes.isEmpty()) {
                throw new Mismatch("the checkpoint store " + dir + " was made for another run ("
                        + changes + "); use --restart to start over");
            }
        } else {
            clear();
            writeChecked(meta, FORMAT, fingerprint.values());
        }
        readJournal();
        verifySegments();
    }

    /** Seconds through which the state is settled: segments may start there. */
    public int settledThrough() {
        return settledThrough;
    }

    /** The rollbacks of the settled seconds (a copy). */
    public RollbackJournal journal() {
        RollbackJournal copy = new RollbackJournal();
        journal.before(settledThrough).forEach(copy::put);
        return copy;
    }

    /** What opening found broken and forgot, one line each. */
    public List<String> discarded() {
        return List.copyOf(discarded);
    }

    /** Records that the state at the start of {@code second} is final. */
    public void settle(int second, RollbackJournal j) throws IOException {
        if (second <= settledThrough) return;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("settled", Integer.toString(second));
        j.before(second).forEach((s, salt) -> v.put(Integer.toString(s), Long.toHexString(salt)));
        writeChecked(dir.resolve("journal.txt"), JOURNAL_FORMAT, v);
        settledThrough = second;
        j.before(second).forEach(journal::put);
    }

    @Override
    public int segmentSeconds() {
        return segmentSeconds;
    }

    @Override
    public Path video(int k) {
        return dir.resolve(name(k) + ".mp4");
    }

    @Override
    public Path audio(int k) {
        return dir.resolve(name(k) + ".pcm");
    }

    @Override
    public boolean finished(int k) {
        return finished.contains(k);
    }

    @Override
    public void finish(int k) throws IOException {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("mp4", sha256(video(k)));
        v.put("pcm", sha256(audio(k)));
        writeChecked(sums(k), "longshot-segment/1", v);
        finished.add(k);
    }

    /**
     * Records segment {@code k}, written into this store's directory by another process (a
     * Spark executor: see {@link WorkerSegmentFiles}), as finished — after checking that the
     * files here are the ones the worker made: their SHA-256 must equal what it reported.
     *
     * @throws IOException naming the segment when a file is missing or differs (on a cluster:
     *                     the store's directory is not shared by every machine)
     */
    public void adopt(int k, WorkerSegmentFiles.Made made) throws IOException {
        for (Path p : List.of(video(k), audio(k))) {
            if (!Files.exists(p)) {
                throw new IOException(p + ": segment " + k + " is missing here although a worker"
                        + " made it; is " + dir + " a directory every worker shares?");
            }
        }
        String mp4 = sha256(video(k));
        String pcm = sha256(audio(k));
        if (!mp4.equals(made.mp4()) || !pcm.equals(made.pcm())) {
            throw new IOException(name(k) + " in " + dir + " differs from what the worker made"
                    + " (SHA-256); is it a directory every worker shares?");
        }
        finish(k);
    }

    /** Deletes segment {@code k}'s files, not finished (a worker made it from a start that did not hold). */
    public void discard(int k) throws IOException {
        if (finished(k)) throw new IllegalStateException("segment " + k + " is finished");
        Files.deleteIfExists(video(k));
        Files.deleteIfExists(audio(k));
    }

    /** Whether the store in {@code dir} holds a finished segment (it may be worth resuming). */
    public static boolean holdsSegments(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> nameOf(p).startsWith("seg-") && nameOf(p).endsWith(".sha256"));
        }
    }

    /**
     * Deletes the store in {@code dir} and the directory, when no run will resume from it
     * (its video is made): every file of it, then the lock. A directory that holds something
     * else besides (a folder) is left, emptied of the store's files.
     *
     * @throws Busy when another run holds it
     */
    public static void delete(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        Path lockFile = dir.resolve("lock");
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) { // held in this JVM
                lock = null;
            }
            if (lock == null) {
                throw new Busy("another longshot run is using the checkpoint store " + dir);
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    if (!nameOf(p).equals("lock") && Files.isRegularFile(p)) {
                        Files.deleteIfExists(p);
                    }
                }
            } finally {
                lock.release();
            }
        }
        Files.deleteIfExists(lockFile);
        try {
            Files.deleteIfExists(dir);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // something that is not the store's: left where it is
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) lock.release();
        } finally {
            lockChannel.close();
        }
    }

    private Path sums(int k) {
        return dir.resolve(name(k) + ".sha256");
    }

    static String name(int k) {
        return String.format(Locale.ROOT, "seg-%05d", k);
    }

    private void readJournal() throws IOException {
        Path file = dir.resolve("journal.txt");
        if (!Files.exists(file)) return;
        Map<String, String> v;
        try {
            v = readChecked(file, JOURNAL_FORMAT);
        } catch (IOException e) {
            discarded.add(e.getMessage());
            Files.delete(file);
            return;
        }
        for (Map.Entry<String, String> e : v.entrySet()) {
            if (e.getKey().equals("settled")) {
                settledThrough = Integer.parseInt(e.getValue());
            } else {
                journal.put(Integer.parseInt(e.getKey()), Long.parseUnsignedLong(e.getValue(), 16));
            }
        }
    }

    /** Keeps the segments whose files match their checksums; deletes the others. */
    private void verifySegments() throws IOException {
        List<Path> sumFiles;
        try (Stream<Path> s = Files.list(dir)) {
            sumFiles = s.filter(p -> nameOf(p).matches("seg-\\d{5}\\.sha256"))
                    .sorted().toList();
        }
        for (Path p : sumFiles) {
            int k = Integer.parseInt(nameOf(p).substring(4, 9));
            boolean ok;
            try {
                Map<String, String> v = readChecked(p, "longshot-segment/1");
                ok = Files.exists(video(k)) && Files.exists(audio(k))
                        && sha256(video(k)).equals(v.get("mp4"))
                        && sha256(audio(k)).equals(v.get("pcm"));
            } catch (IOException e) {
                ok = false;
            }
            if (ok) {
                finished.add(k);
            } else {
                discarded.add(name(k) + " does not match its checksum: made again");
                Files.deleteIfExists(p);
                Files.deleteIfExists(video(k));
                Files.deleteIfExists(audio(k));
            }
        }
    }

    /** Deletes the temporary files of a run that died before renaming them. */
    private void deleteHalfWritten() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = nameOf(p);
                if (n.endsWith(".partial") || n.endsWith(".tmp")) Files.deleteIfExists(p);
            }
        }
    }

    /** Forgets everything but the lock. */
    private void clear() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (!nameOf(p).equals("lock")) Files.deleteIfExists(p);
            }
        }
        finished.clear();
        settledThrough = 0;
        journal.dropFrom(0);
    }

    private static String nameOf(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString();
    }

    /** Writes a format line, {@code key=value} lines and their checksum, atomically. */
    private static void writeChecked(Path file, String format, Map<String, String> values)
            throws IOException {
        StringBuilder b = new StringBuilder(format).append('\n');
        values.forEach((k, v) -> b.append(k).append('=').append(v.replace('\n', ' '))
                .append('\n'));
        String body = b.toString();
        String text = body + "sha256=" + sha256(body.getBytes(StandardCharsets.UTF_8)) + "\n";
        Path tmp = file.resolveSibling(nameOf(file) + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        FilePublisher.publish(tmp, file);
    }

    /** Reads what {@link #writeChecked} wrote; an IOException if format or checksum differ. */
    private static Map<String, String> readChecked(Path file, String format) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int last = text.lastIndexOf("sha256=");
        if (last < 0 || !text.startsWith(format + "\n")) {
            throw new IOException(file + ": not a " + format + " file");
        }
        String body = text.substring(0, last);
        String sum = text.substring(last + "sha256=".length()).trim();
        if (!sum.equals(sha256(body.getBytes(StandardCharsets.UTF_8)))) {
            throw new IOException(file + ": checksum does not match");
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (String line : body.substring(format.length() + 1).split("\n")) {
            if (line.isEmpty()) continue;
            int eq = line.indexOf('=');
            if (eq < 0) throw new IOException(file + ": bad line " + line);
            v.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return v;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
