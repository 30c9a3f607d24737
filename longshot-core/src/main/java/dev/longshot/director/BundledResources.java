package dev.longshot.director;

import dev.longshot.director.RunProvenance.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The files bundled with longshot-core that shape what a video shows, with their SHA-256: the
 * catalog, the story reader's idioms and places, and the text model. The old lexicon and the
 * learned memory's weights are not among them: the standard planner reads neither. A replay refuses to run when
 * any of them differs from the one the video was made with.
 */
public final class BundledResources {
    /** Class-path names, in a fixed order; the text model lives in its own jar. */
    private static final List<Resource> NAMES = List.of(
            new Resource("catalog", "dev/longshot/catalog/catalog.json", ""),
            new Resource("idioms", "dev/longshot/plan/idioms.tsv", ""),
            new Resource("places", "dev/longshot/plan/places.tsv", ""),
            new Resource("text-model", "bge-small-zh-v1.5-q.onnx", ""),
            new Resource("text-tokenizer", "bge-small-zh-v1.5-q-tokenizer.json", ""));

    private BundledResources() {}

    /** Core's resources with their digests (computed once per JVM: the model is 24 MB). */
    public static List<Resource> core() {
        return Digested.CORE;
    }

    private static final class Digested {
        static final List<Resource> CORE = digestAll(BundledResources.class.getClassLoader());
    }

    private static List<Resource> digestAll(ClassLoader loader) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : NAMES) {
            // A build without one (the catalog replaces the lexicon) records what it has; a
            // replay refuses when the recorded and the running sets differ.
            if (loader.getResource(r.path()) != null) out.add(digest(loader, r.name(), r.path()));
        }
        return List.copyOf(out);
    }

    /**
     * The resource at {@code path} on {@code loader}'s class path with its digest.
     *
     * @throws IllegalStateException when the build lacks it
     */
    public static Resource digest(ClassLoader loader, String name, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new Resource(name, path, sha256(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        return HexFormat.of().formatHex(md.digest());
    }
}
