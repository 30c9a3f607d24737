package dev.longshot.cli;

import dev.longshot.media.encode.FfmpegProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts one excerpt of a video and puts it through several attacks in one run of the FFmpeg
 * program: the source is opened, sought and decoded once, and each attack is one output with
 * its own filters and encoder — the same options, applied to the same decoded frames, as one
 * run per attack would use.
 */
final class ExcerptCutter {
    private ExcerptCutter() {}

    /**
     * @param start   seconds into {@code video} the excerpt starts (frames before it are
     *                decoded and dropped, as FFmpeg's accurate seek does)
     * @param seconds the excerpt's length
     * @param outputs one file per attack, in the order of {@code attacks}
     * @return CPU seconds the FFmpeg program spent (user + system, all its threads), as its
     *         {@code -benchmark} reports them; NaN when it did not
     */
    static double cut(Path video, double start, int seconds, List<WatermarkAttacks.Attack> attacks,
            List<Path> outputs) throws IOException, InterruptedException {
        if (attacks.size() != outputs.size()) throw new IllegalArgumentException("one output each");
        // -benchmark prints at the info level; -nostats keeps the progress lines out
        List<String> cmd = new ArrayList<>(List.of("-hide_banner", "-nostats", "-v", "info",
                "-benchmark", "-y", "-ss", String.format(Locale.ROOT, "%.4f", start), "-i",
                video.toString()));
        for (int a = 0; a < attacks.size(); a++) {
            cmd.addAll(List.of("-t", Integer.toString(seconds), "-an"));
            cmd.addAll(attacks.get(a).args());
            cmd.add(outputs.get(a).toString());
        }
        return cpuSeconds(run(cmd));
    }

    private static final Pattern BENCH =
            Pattern.compile("bench: utime=([0-9.]+)s stime=([0-9.]+)s");

    /** User + system seconds from FFmpeg's {@code -benchmark} line; NaN when there is none. */
    static double cpuSeconds(String log) {
        Matcher m = BENCH.matcher(log);
        return m.find() ? Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2))
                : Double.NaN;
    }

    /** Runs the bundled FFmpeg program with {@code args}; returns what it printed. */
    static String run(List<String> args) throws IOException, InterruptedException {
        Process p = FfmpegProgram.command(args).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("ffmpeg failed: " + String.join(" ", args) + "\n" + log);
        }
        return log;
    }
}
