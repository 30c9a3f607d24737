package dev.longshot.cli;

import dev.longshot.audio.LoudnessMeter;
import dev.longshot.audio.SoundGenerator;
import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.media.decode.AudioReader;
import dev.longshot.media.metrics.Spectrogram;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.media.provenance.LabelledVideoWriter;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.plan.ScenePlan;
import dev.longshot.story.Storyboard;
import dev.longshot.world.FrameSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longshot bench-audio}: makes each example's video (small frames: the sound does not
 * depend on the frame size), decodes its AAC track and prints the integrated loudness (BS.1770,
 * gated) and the true peak, beside the target.
 */
@Command(name = "bench-audio", mixinStandardHelpOptions = true,
        description = "Integrated loudness and true peak of the decoded soundtrack per example.")
final class BenchAudioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "STORYBOARD",
            description = "Storyboards to measure (default: every file in ./examples).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--size", defaultValue = "320x180", converter = SizeOption.Converter.class,
            paramLabel = "WxH", description = "Frame size (default: 320x180).")
    SizeOption size;

    @Option(names = "--spectrograms", paramLabel = "DIR",
            description = "Also draw each example's soundtrack as DIR/<name>.png (log frequency,"
                    + " first --spectrogram-seconds).")
    Path spectrograms;

    @Option(names = "--spectrogram-seconds", defaultValue = "30", paramLabel = "S",
            description = "Seconds of sound each spectrogram shows (default: 30).")
    double spectrogramSeconds;

    @Override
    public Integer call() throws IOException {
        if (spectrograms != null) {
            spectrograms = OutputFiles.checkWritableDir(spectrograms);
            Files.createDirectories(spectrograms);
        }
        List<Path> boards = files.isEmpty() ? examples() : files;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench-audio: target -16 LUFS, true peak <= -1 dBTP%n");
        out.printf(Locale.ROOT, "  %-24s %7s %10s %10s %12s%n", "storyboard", "seconds", "LUFS",
                "dBTP", "CPU ms/s");
        out.flush();
        Path dir = Files.createTempDirectory("longshot-bench-audio");
        Path video = dir.resolve("audio.mp4");
        try {
            for (Path file : boards) {
                Storyboard board = StoryboardFiles.read(file);
                long[] cpu = new long[1];
                LoudnessMeter m = measure(board, video, size.width(), size.height(), cpu);
                out.printf(Locale.ROOT, "  %-24s %7.1f %10.2f %10.2f %12.1f%n",
                        file.getFileName(), m.seconds(), m.integratedLufs(), m.truePeakDb(),
                        cpu[0] / 1e6 / board.totalSeconds());
                out.flush();
                if (spectrograms != null) drawSpectrogram(file, video, out);
            }
        } finally {
            Files.deleteIfExists(video);
            Files.deleteIfExists(dir);
        }
        return ExitCode.OK;
    }

    private void drawSpectrogram(Path file, Path video, PrintWriter out) throws IOException {
        Path leaf = file.getFileName();
        String name = (leaf == null ? "soundtrack" : leaf.toString())
                .replaceFirst("\\.[^.]+$", "");
        Spectrogram s = Spectrogram.of(video, spectrogramSeconds);
        Path png = spectrograms.resolve(name + ".png");
        LabelledPng.publish(SpectrogramPlot.draw(s, String.format(Locale.ROOT,
                "%s: decoded soundtrack, first %.0f s (longshot, AI-generated)", name,
                s.frames().size() * s.frameSeconds())),
                Map.of("Software", "longshot bench-audio", "Source", file.toString(),
                        "Comment", "spectrogram of an AI-generated soundtrack"), png);
        out.printf(Locale.ROOT, "    spectrogram %s%n", png);
    }

    private static List<Path> examples() throws IOException {
        Path dir = Path.of("examples");
        if (!Files.isDirectory(dir)) throw new UserError("no ./examples directory: name files");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".json"))
                    .sorted().toList();
        }
    }

    /** Generates {@code board} into {@code video} and meters its decoded audio. */
    static LoudnessMeter measure(Storyboard board, Path video, int width, int height)
            throws IOException {
        return measure(board, video, width, height, new long[1]);
    }

    /** As above; adds the CPU nanoseconds spent making the sound to {@code cpu[0]}. */
    static LoudnessMeter measure(Storyboard board, Path video, int width, int height,
            long[] cpu) throws IOException {
        DirectorConfig config = DirectorConfig.defaults().withSize(width, height);
        try (Stages all = Stages.defaults(config)) {
            Stages stages = all.withSound(new TimedSound(all.sound(), cpu));
            Director director = new Director(config, stages);
            try (VideoSink sink = LabelledVideoWriter.open(video, director.format(),
                    ProvenanceMetadata.of(Version.current(), board, config), LabelMode.BOTH)) {
                director.run(board, sink, ProgressListener.NONE);
                sink.finish();
            }
        }
        try (AudioReader in = AudioReader.open(video)) {
            LoudnessMeter m = new LoudnessMeter(in.sampleRate(), in.channels());
            for (short[] c = in.next(); c != null; c = in.next()) m.add(c);
            return m;
        }
    }

    /** A soundtrack that adds the CPU time of each second it makes to {@code cpu[0]}. */
    private record TimedSound(SoundGenerator inner, long[] cpu) implements SoundGenerator {
        @Override
        public int sampleRate() {
            return inner.sampleRate();
        }

        @Override
        public int channels() {
            return inner.channels();
        }

        @Override
        public short[] second(ScenePlan plan, List<FrameSpec> frames) {
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            long t0 = bean.getCurrentThreadCpuTime();
            short[] pcm = inner.second(plan, frames);
            cpu[0] += bean.getCurrentThreadCpuTime() - t0;
            return pcm;
        }
    }
}
