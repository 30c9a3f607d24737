package dev.longshot.cli;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.FrameProjection;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.render.Frame;
import dev.longshot.render.FrameGenerator;
import dev.longshot.story.Storyboard;
import dev.longshot.world.FrameSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code longshot bench-render}: renderer-only and end-to-end fps on the wildlife example at
 * several frame sizes, in one run so the figures share the machine's state.
 */
@Command(name = "bench-render", mixinStandardHelpOptions = true,
        description = "Renderer-only and end-to-end fps per frame size on the wildlife example.")
final class BenchRenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", converter = SizeOption.Converter.class,
            defaultValue = "640x360,1280x720,1920x1080,3840x2160", paramLabel = "WxH[,WxH…]",
            description = "Frame sizes (default: 640x360,1280x720,1920x1080,3840x2160).")
    List<SizeOption> sizes;

    @Option(names = "--seconds", defaultValue = "10",
            description = "Seconds of the example per size (default: 10).")
    int seconds;

    @Option(names = "--projection", defaultValue = "perspective",
            paramLabel = "perspective|equirect|equirect-top-bottom",
            description = "Projection of every size (default: perspective); equirect needs"
                    + " width = 2 x height, equirect-top-bottom (stereo) width = height.")
    String projection;

    @Mixin
    FpsMixin fpsOption;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1) throw new UserError("--seconds must be at least 1");
        for (SizeOption s : sizes) s.requireWatermarkable("--sizes");
        PrintWriter out = spec.commandLine().getOut();
        Storyboard board = BenchStoryboards.storyboard(seconds);
        DirectorConfig base = DirectorConfig.defaults().withFps(fpsOption.fps());
        List<DirectorConfig> configs = new ArrayList<>();
        try {
            FrameProjection p = FrameProjection.fromId(projection);
            for (SizeOption s : sizes) {
                configs.add(new DirectorConfig(s.width(), s.height(), base.fps(), base.seed(),
                        base.codec(), base.renderThreads(), p));
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "bench-render: wildlife example, %d s at %d fps, %s, %d render "
                + "threads, h264, validators on%n", seconds, base.fps(), projection,
                base.renderThreads());
        out.printf(Locale.ROOT, "  %-10s %12s %12s %10s %14s%n", "size", "render fps",
                "end-to-end", "ms/frame", "peak RSS MiB");
        out.flush();
        warmUp(configs.get(0));
        Path dir = Files.createTempDirectory("longshot-bench-render");
        Path video = dir.resolve("bench.mp4");
        try {
            for (int i = 0; i < sizes.size(); i++) {
                DirectorConfig config = configs.get(i);
                double render = renderOnly(config, board);
                double endToEnd = BenchCommand.endToEnd(config, board, video, true);
                // The bench process's high-water mark so far: with sizes in ascending order,
                // the peak of the largest size yet.
                long kib = PeakRss.kib(ProcessHandle.current().pid());
                out.printf(Locale.ROOT, "  %-10s %12.1f %12.1f %10.1f %14.0f%n", sizes.get(i),
                        render, endToEnd, 1000 / render, kib / 1024.0);
                out.flush();
            }
        } finally {
            Files.deleteIfExists(video);
            Files.deleteIfExists(dir);
        }
        return ExitCode.OK;
    }

    private static void warmUp(DirectorConfig config) throws IOException {
        renderOnly(config, BenchStoryboards.storyboard(2));
    }

    /** Frames per second spent inside the frame generator alone, over a full director run. */
    private static double renderOnly(DirectorConfig config, Storyboard board) throws IOException {
        try (Stages all = Stages.defaults(config)) {
            TimedFrames timed = new TimedFrames(all.frames());
            new Director(config, all.withFrames(timed)).run(board, VideoSink.framesOnly(f -> {}),
                    ProgressListener.NONE);
            return timed.frames / (timed.nanos / 1e9);
        }
    }

    /** Times every render call of the generator it wraps; closing is left to its owner. */
    private static final class TimedFrames implements FrameGenerator {
        private final FrameGenerator inner;
        long nanos;
        long frames;

        TimedFrames(FrameGenerator inner) {
            this.inner = inner;
        }

        @Override
        public int width() {
            return inner.width();
        }

        @Override
        public int height() {
            return inner.height();
        }

        @Override
        public Frame render(FrameSpec spec) {
            long t = System.nanoTime();
            Frame f = inner.render(spec);
            nanos += System.nanoTime() - t;
            frames++;
            return f;
        }

        @Override
        public void close() {}
    }
}
