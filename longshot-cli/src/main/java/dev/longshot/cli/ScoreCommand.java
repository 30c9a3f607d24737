package dev.longshot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.longshot.director.JsonGenerationLog;
import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.metrics.CoherenceReport;
import dev.longshot.media.metrics.CoherenceScorer;
import dev.longshot.media.metrics.Drift;
import dev.longshot.media.metrics.MinuteCoherence;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code longshot score}: temporal coherence of any video from its decoded frames — per
 * minute, the change at cuts and between other frames, VBench's flicker score on static
 * shots, and the start-versus-end drift — as a table, JSON or a PNG plot.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score a video's temporal coherence per minute: cuts, frame-to-frame "
                + "change, flicker on static shots, drift from start to end.")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO", description = "Video file (any format FFmpeg reads).")
    Path video;

    @Option(names = "--log", paramLabel = "LOG",
            description = "Generation log whose plan marks the static shots (default: the "
                    + "*.log.json beside the video, when there is one).")
    Path log;

    @Option(names = "--plot", paramLabel = "PNG", description = "Also draw the figures as a PNG.")
    Path plot;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--size", paramLabel = "WxH", converter = SizeOption.Converter.class,
            description = "Score the frames scaled to this size (e.g. 320x180 for an hour at"
                    + " 720p: the figures are means over pixels, so they change little; the"
                    + " default is the stored size).")
    SizeOption size;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        Path plotTarget = plot == null ? null : OutputFiles.checkWritable(plot, ".png");
        Optional<BitSet> still = staticSeconds();
        CoherenceReport report;
        if (size != null && (size.width() < 16 || size.height() < 16
                || size.width() > 7680 || size.height() > 4320)) {
            throw new UserError("--size " + size + ": expected 16x16 … 7680x4320");
        }
        try (VideoReader reader = size == null ? VideoReader.open(video)
                : VideoReader.open(video, size.width(), size.height())) {
            double fps = reader.info().fps();
            IntPredicate isStatic = still.<IntPredicate>map(s -> s::get).orElse(null);
            CoherenceScorer scorer = new CoherenceScorer(fps, isStatic);
            ProgressBar progress = quiet ? null : new ProgressBar(System.err, "score");
            long total = reader.info().frameCount();
            long done = 0;
            for (Frame f = reader.nextFrame(); f != null; f = reader.nextFrame()) {
                scorer.accept(f.rgb(), f.width());
                done++;
                if (progress != null) progress.onFrames(done, Math.max(total, done));
            }
            if (done == 0) throw new UserError(video + ": no frames to score");
            report = scorer.report();
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(report) : table(report));
        out.flush();
        if (plotTarget != null) {
            try {
                LabelledPng.publish(CoherencePlot.draw(report, "longshot score — " + video),
                        Map.of("Software", "longshot score", "Source", video.toString()),
                        plotTarget);
            } catch (IOException e) {
                throw new UserError(plotTarget + ": cannot write the plot (" + e.getMessage() + ")", e);
            }
        }
        return ExitCode.OK;
    }

    private Optional<BitSet> staticSeconds() {
        Path source = log != null ? log : JsonGenerationLog.besideVideo(video);
        if (log == null && !Files.isRegularFile(source)) return Optional.empty();
        if (!Files.isRegularFile(source)) throw new UserError(source + ": no such generation log");
        try {
            return StaticShots.read(source);
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private String table(CoherenceReport r) {
        StringBuilder s = new StringBuilder();
        s.append(video).append(String.format(Locale.ROOT, ": %d frames at %.3f fps%n", r.frames(), r.fps()));
        s.append(r.staticKnown()
                ? "  flicker on the static shots the generation log names\n"
                : "  flicker on every pair that is not a cut (no generation log with a plan)\n");
        s.append(" minute  pairs  cuts  cut change  steady change  static pairs  flicker  mean luma\n");
        for (MinuteCoherence m : r.minutes()) {
            s.append(String.format(Locale.ROOT, " %6d %6d %5d %11s %14s %13d %8s %10.1f%n",
                    m.minute(), m.pairs(), m.cuts(), num(m.meanCutChange(), 2),
                    num(m.meanSteadyChange(), 2), m.staticPairs(), num(m.flicker(), 4),
                    m.meanLuma()));
        }
        Drift d = r.drift();
        s.append(String.format(Locale.ROOT,
                "  drift (first vs last %.0f%%, %d frames each): luma %+.2f, colour distance %.2f%n",
                100 * Drift.WINDOW, d.framesEach(), d.lumaChange(), d.colourDistance()));
        return s.toString();
    }

    private static String num(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private String json(CoherenceReport r) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", video.toString());
        root.put("frames", r.frames());
        root.put("fps", r.fps());
        root.put("flickerOn", r.staticKnown() ? "static-shots" : "all-non-cut-pairs");
        ArrayNode minutes = root.putArray("minutes");
        for (MinuteCoherence m : r.minutes()) {
            ObjectNode o = minutes.addObject();
            o.put("minute", m.minute());
            o.put("pairs", m.pairs());
            o.put("cuts", m.cuts());
            putNumber(o, "meanCutChange", m.meanCutChange());
            putNumber(o, "meanSteadyChange", m.meanSteadyChange());
            o.put("staticPairs", m.staticPairs());
            putNumber(o, "flicker", m.flicker());
            putNumber(o, "meanLuma", m.meanLuma());
        }
        ObjectNode drift = root.putObject("drift");
        drift.put("window", Drift.WINDOW);
        drift.put("framesEach", r.drift().framesEach());
        drift.put("lumaChange", r.drift().lumaChange());
        drift.put("colourDistance", r.drift().colourDistance());
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) o.putNull(key);
        else o.put(key, v);
    }
}
