package dev.longshot.media.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;

/**
 * The {@code ffmpeg} program that comes inside the JavaCV artifact, for what the libraries
 * alone do not offer here (the concat demuxer's stream copy, lavfi test sources). Its own
 * libraries (libva …) lie beside it, where the system's loader does not look; it also links
 * the PulseAudio client library, which a fresh Debian lacks ({@code libpulse0}).
 */
public final class FfmpegProgram {
    private FfmpegProgram() {}

    /** A process that runs the program with {@code args}, its libraries found. */
    public static ProcessBuilder command(List<String> args) {
        String ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
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
}
