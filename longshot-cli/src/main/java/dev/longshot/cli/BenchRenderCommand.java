package dev.longshot.cli;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() throws IOException {
        if (seconds < 1) throw new UserError("--seconds must be at least 1");
        for (SizeOption s : sizes) s.requireWatermarkable("--sizes");
        PrintWriter out = spec.commandLine().getOut();
        Storyboard board = BenchStoryboards.storyboard(seconds);
        DirectorConfig base = DirectorConfig.defaults();
        out.printf(Locale.ROOT, "bench-render: wildlife example, %d s at %d fps, %d render "
                + "threads, h264, validators on%n", seconds, base.fps(), base.renderThreads());
        out.printf(Locale.ROOT, "  %-10s %12s %12s %10s%n", "size", "render fps", "end-to-end",
                "ms/frame");
        out.flush();
        warmUp(base.withSize(sizes.get(0).width(), sizes.get(0).height()));
        Path dir = Files.createTempDirectory("longshot-bench-render");
        Path video = dir.resolve("bench.mp4");
        try {
            for (SizeOption s : sizes) {
                DirectorConfig config = base.withSize(s.width(), s.height());
                double render = renderOnly(config, board);
                double endToEnd = BenchCommand.endToEnd(config, board, video, true);
                out.printf(Locale.ROOT, "  %-10s %12.1f %12.1f %10.1f%n", s, render, endToEnd,
                        1000 / render);
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
