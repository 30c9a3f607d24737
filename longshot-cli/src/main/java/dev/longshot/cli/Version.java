package dev.longshot.cli;

import dev.longshot.director.RunProvenance;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version and git commit Maven stamped into the jar. */
public final class Version implements IVersionProvider {
    private static final Properties STAMP = load();
    private static final String VERSION = stamped("version");
    private static final String COMMIT = stamped("commit");

    public static String current() {
        return VERSION;
    }

    /** The git commit the jar was built from; "unknown" when built outside a git checkout. */
    public static String commit() {
        return COMMIT;
    }

    /** The running build as provenance names it. */
    public static RunProvenance.Build build() {
        return new RunProvenance.Build(VERSION, COMMIT);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // an unreadable stamp reads as "unknown"
        }
        return p;
    }

    /** A stamped value; an unfiltered ${...} (no git, no Maven) reads as "unknown". */
    private static String stamped(String key) {
        String v = STAMP.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"longshot " + VERSION,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
