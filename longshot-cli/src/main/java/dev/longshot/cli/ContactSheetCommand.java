package dev.longshot.cli;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.RunReport;
import dev.longshot.director.Stages;
import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.ProvenanceMetadata;
import dev.longshot.plan.StoryReader;
import dev.longshot.render.Frame;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.Timecode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longshot contact-sheet}: one still per storyboard line (the middle frame of the
 * line's first second), laid out in a labelled grid. The stills come from a full run of the
 * director at the cell size, the same path {@code generate} takes, so they show what the
 * video would show at that size.
 */
@Command(name = "contact-sheet", mixinStandardHelpOptions = true,
        description = "Make a PNG with one frame per storyboard line, captioned.")
final class ContactSheetCommand implements Callable<Integer> {
    private static final int MAX_CELLS_PIXELS = 1 << 26;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORYBOARD", description = "Storyboard (.txt or .json).")
    Path storyboardFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SHEET.png",
            description = "Image to write (PNG).")
    Path output;

    @Option(names = "--size", defaultValue = "320x180", converter = SizeOption.Converter.class,
            paramLabel = "WxH", description = "Size of each cell (default: 320x180).")
    SizeOption size;

    @Option(names = "--columns", defaultValue = "4", paramLabel = "N",
            description = "Cells per row (default: 4).")
    int columns;

    @Mixin
    SeedMixin seedOption;

    @Mixin
    FpsMixin fpsOption;

    @Option(names = "--strict", description = "Refuse the storyboard if any word is not shown.")
    boolean strict;

    @Option(names = "--json", description = "Also print what each line showed (asked entries"
            + " and their share of the frame, what else was in view) as JSON, format"
            + " longshot-shown/1, on standard output.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (columns < 1) throw new UserError("--columns must be at least 1, got " + columns);
        size.requirePreviewSize("--size", "each cell must be");
        Storyboard board = StoryboardFiles.read(storyboardFile);
        ReadingReport reading = new ReadingReport(board, StoryReader.bundled());
        reading.check(strict);
        if ((long) board.lines().size() * size.width() * size.height() > MAX_CELLS_PIXELS) {
            throw new UserError("--size " + size + ": " + board.lines().size()
                    + " cells of that size make too large an image; use a smaller --size");
        }
        Path target = OutputFiles.checkWritable(output, ".png");
        int fps = fpsOption.fps();
        reading.print(spec.commandLine().getErr());
        DirectorConfig config = config();
        ContactSheet sheet = new ContactSheet(size.width(), size.height(), columns);
        TreeMap<Long, StoryLine> wanted = new TreeMap<>();
        for (StoryLine line : board.lines()) {
            wanted.put((long) line.startSecond() * fps + fps / 2, line);
        }
        ShownLines shown = new ShownLines(board);
        RunReport report;
        try (Stages stages = Stages.defaults(config)) {
            report = new Director(config, stages).run(board,
                    VideoSink.framesOnly(new Stills(wanted, sheet, fps)::take),
                    ProgressListener.NONE, shown);
        }
        LabelledPng.publish(sheet.render(), metadata(board, config), target, true);
        if (json) {
            spec.commandLine().getOut().println(shown.json(report));
            spec.commandLine().getOut().flush();
        }
        ShownLines.printWarnings(spec.commandLine().getErr(), report);
        return ExitCode.OK;
    }

    /** The video's provenance, said of the stills, plus PNG's own Software and Description. */
    private static Map<String, String> metadata(Storyboard board, DirectorConfig config) {
        Map<String, String> m = new LinkedHashMap<>();
        String generator = "longshot " + Version.current();
        m.put("Software", generator);
        m.put("Description", "AI-generated contact sheet: stills synthesised by " + generator
                + " from a text storyboard; not camera footage.");
        m.putAll(ProvenanceMetadata.of(Version.current(), board, config));
        return m;
    }

    private DirectorConfig config() {
        try {
            return DirectorConfig.defaults().withSize(size.width(), size.height())
                    .withFps(fpsOption.fps()).withSeed(seedOption.seed());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Keeps the committed frames the sheet wants; the rest pass by. */
    private record Stills(TreeMap<Long, StoryLine> wanted, ContactSheet sheet, int fps) {
        void take(Frame frame) {
            StoryLine line = wanted.get(frame.time().frame());
            if (line == null) return;
            String time = new Timecode((long) line.startSecond() * fps, fps).toString();
            sheet.add(new ContactSheet.Cell(frame.rgb().clone(), time.substring(0, 8),
                    line.text()));
        }
    }
}
