package dev.longshot.cli;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.RunReport;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.Storyboard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longshot shown}: what each storyboard line actually put on screen. Runs the director
 * as {@code generate} does, at a small size and writing no video, and prints per line the
 * entries it asked for with their share of the frame, and what else was on screen; warns of
 * asked entries under 0.2 % of every frame of their line.
 */
@Command(name = "shown", mixinStandardHelpOptions = true,
        description = "Print what each storyboard line shows on screen: asked subjects and"
                + " things, their share of the frame, and what else is in view.")
final class ShownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORYBOARD", description = "Storyboard (.txt or .json).")
    Path storyboardFile;

    @Option(names = "--size", defaultValue = "320x180", converter = SizeOption.Converter.class,
            paramLabel = "WxH", description = "Frame size to render at (default: 320x180).")
    SizeOption size;

    @Mixin
    SeedMixin seedOption;

    @Mixin
    FpsMixin fpsOption;

    @Option(names = "--json", description = "Print format longshot-shown/1 as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        size.requirePreviewSize("--size", "must be");
        Storyboard board = StoryboardFiles.read(storyboardFile);
        ReadingReport reading = new ReadingReport(board, StoryReader.bundled());
        reading.check(false);
        DirectorConfig config;
        try {
            config = DirectorConfig.defaults().withSize(size.width(), size.height())
                    .withFps(fpsOption.fps()).withSeed(seedOption.seed());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!json) reading.print(err);
        ShownLines lines = new ShownLines(board);
        RunReport report;
        try (Stages stages = Stages.defaults(config)) {
            report = new Director(config, stages).run(board, VideoSink.framesOnly(f -> { }),
                    ProgressListener.NONE, lines);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(lines.json(report));
            out.flush();
        } else {
            lines.print(out, config.fps());
        }
        ShownLines.printWarnings(err, report);
        return ExitCode.OK;
    }
}
