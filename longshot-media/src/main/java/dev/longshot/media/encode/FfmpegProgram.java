package dev.longshot.media.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;

/**
 * The {@code ffmpeg} program that comes inside the JavaCV artifact, for what the libraries
 * alone do not offer here (lavfi test sources, filters for bench-watermark's attacks). Its own
 * libraries (libva …) lie beside it, where the system's loader does not look; it also links
 * the PulseAudio client library, which a fresh Debian lacks ({@code libpulse0}). Nothing that
 * makes a video needs it: segments are joined in process.
 */
public final class FfmpegProgram {
    /** What to install when the program cannot load. */
    static final String INSTALL = "it needs the PulseAudio client library:"
            + " sudo apt-get install libpulse0";

    private FfmpegProgram() {}

    /**
     * A process that runs the program with {@code args}, its libraries found.
     *
     * @throws IOException naming the missing library (and the package that has it) when the
     *                     program cannot be loaded on this machine
     */
    public static ProcessBuilder command(List<String> args) throws IOException {
        String ffmpeg;
        try {
            ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        } catch (LinkageError e) { // its avdevice library did not link: no libpulse here
            throw unavailable(e);
        }
        List<String> cmd = new ArrayList<>(args.size() + 1);
        cmd.add(ffmpeg);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Path libs = Path.of(ffmpeg).toAbsolutePath().getParent();
        if (libs != null) {
            String old = pb.environment().get("LD_LIBRARY_PATH");
            pb.environment().put("LD_LIBRARY_PATH",
                    old == null || old.isEmpty() ? libs.toString() : libs + ":" + old);
        }
        return pb;
    }

    /** Whether the program starts on this machine (its libraries are all there). */
    public static boolean runs() {
        try {
            return command(List.of("-hide_banner", "-version")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The loader's failure in one message: its deepest cause names the library. */
    static IOException unavailable(LinkageError e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return new IOException("the bundled ffmpeg program cannot load here (" + root.getMessage()
                + "); " + INSTALL, e);
    }
}
