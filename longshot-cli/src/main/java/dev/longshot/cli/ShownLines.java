package dev.longshot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.longshot.director.GenerationLog;
import dev.longshot.director.RunReport;
import dev.longshot.director.ShownWarning;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.Timecode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each storyboard line actually showed, from the generation log's {@code shown}
 * records: per line, the entries it names (and those the plan keeps from lines before) with
 * their share of the frame (mean over the line's frames, and the largest in any frame), and
 * what else was on screen. A
 * {@link GenerationLog} that keeps only those records; printed by {@code shown} and by
 * {@code contact-sheet} (text or {@code --json}, format {@value #FORMAT}).
 */
final class ShownLines implements GenerationLog {
    static final String FORMAT = "longshot-shown/1";
    /** Other entries listed per line in the text form. */
    private static final int OTHERS = 6;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One line's figures so far. */
    private static final class Line {
        final List<String> asked = new ArrayList<>();
        final List<String> named = new ArrayList<>();
        final Map<String, double[]> shares = new LinkedHashMap<>(); // id → {sum of means, max}
        int seconds;
    }

    private final Storyboard board;
    private final Map<Integer, Line> lines = new TreeMap<>(); // by source line

    ShownLines(Storyboard board) {
        this.board = board;
    }

    @Override
    public void begin(Header header) {}

    @Override
    public void event(Event event) {
        if (!(event instanceof Shown s)) return;
        Line l = lines.computeIfAbsent(s.line(), k -> new Line());
        if (l.seconds == 0) {
            l.asked.addAll(s.asked());
            l.named.addAll(s.named());
        }
        l.seconds++;
        for (Share e : s.entries()) {
            double[] m = l.shares.computeIfAbsent(e.id(), k -> new double[2]);
            m[0] += e.mean();
            m[1] = Math.max(m[1], e.max());
        }
    }

    @Override
    public void end(RunReport report) {}

    /** One line of the storyboard as printed: {"id", "mean", "max"} per entry. */
    private record Figure(String id, double mean, double max) {}

    /** Figures of the named entries, of those carried over, or (null) of all the rest. */
    private static List<Figure> figures(Line l, Boolean named) {
        List<Figure> out = new ArrayList<>();
        if (named != null) {
            for (String id : l.asked) {
                if (l.named.contains(id) != named) continue;
                double[] m = l.shares.getOrDefault(id, new double[2]);
                out.add(new Figure(id, m[0] / l.seconds, m[1]));
            }
            return out;
        }
        for (var e : l.shares.entrySet()) {
            if (l.asked.contains(e.getKey())) continue;
            out.add(new Figure(e.getKey(), e.getValue()[0] / l.seconds, e.getValue()[1]));
        }
        out.sort(Comparator.comparingDouble(Figure::mean).reversed()
                .thenComparing(Figure::id));
        return out;
    }

    /** The text form: per line its text, the asked entries' figures and the rest. */
    void print(PrintWriter out, int fps) {
        for (StoryLine s : board.lines()) {
            Line l = lines.get(s.sourceLine());
            if (l == null) continue;
            String time = new Timecode((long) s.startSecond() * fps, fps).toString();
            out.printf(Locale.ROOT, "line %d  %s  %s%n", s.sourceLine(), time.substring(0, 8),
                    s.text());
            out.println("  asked  " + listed(figures(l, true), true));
            List<Figure> carried = figures(l, false);
            if (!carried.isEmpty()) out.println("  kept   " + listed(carried, false));
            StringBuilder others = new StringBuilder();
            List<Figure> rest = figures(l, null);
            for (Figure f : rest.subList(0, Math.min(OTHERS, rest.size()))) {
                others.append(others.isEmpty() ? "" : ", ").append(f.id()).append(' ')
                        .append(ShownWarning.percent(f.mean()));
            }
            if (rest.size() > OTHERS) others.append(", …");
            out.println("  also   " + (others.isEmpty() ? "-" : others));
        }
        out.flush();
    }

    private static String listed(List<Figure> figures, boolean warn) {
        StringBuilder s = new StringBuilder();
        for (Figure f : figures) {
            s.append(s.isEmpty() ? "" : ", ").append(f.id()).append(' ')
                    .append(ShownWarning.percent(f.mean())).append(" (max ")
                    .append(ShownWarning.percent(f.max())).append(')');
            if (warn && f.max() < ShownWarning.THRESHOLD) s.append(" TOO SMALL");
        }
        return s.isEmpty() ? "-" : s.toString();
    }

    /**
     * The JSON form: {"format", "lines": [{"line", "start", "seconds", "text", "asked" (named
     * by the line), "kept" (carried over from lines before), "others"}], "warnings"}; shares
     * of the frame, 0 … 1.
     */
    String json(RunReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode out = root.putArray("lines");
        for (StoryLine s : board.lines()) {
            Line l = lines.get(s.sourceLine());
            if (l == null) continue;
            ObjectNode n = out.addObject();
            n.put("line", s.sourceLine());
            n.put("start", s.startSecond());
            n.put("seconds", s.seconds());
            n.put("text", s.text());
            figures(n.putArray("asked"), figures(l, true));
            figures(n.putArray("kept"), figures(l, false));
            figures(n.putArray("others"), figures(l, null));
        }
        ArrayNode warnings = root.putArray("warnings");
        for (ShownWarning w : report.smallAsked()) warnings.add(w.toString());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void figures(ArrayNode into, List<Figure> figures) {
        for (Figure f : figures) {
            ObjectNode o = into.addObject();
            o.put("id", f.id());
            o.put("mean", round(f.mean()));
            o.put("max", round(f.max()));
        }
    }

    private static double round(double x) {
        return x == 0 ? 0 : new java.math.BigDecimal(x)
                .round(new java.math.MathContext(4)).doubleValue();
    }

    /** The run summary's warnings: asked entries under 0.2 % of every frame of their line. */
    static void printWarnings(PrintWriter err, RunReport r) {
        if (r.smallAskedCount() == 0) return;
        err.printf(Locale.ROOT, "shown: %d asked subject(s) or thing(s) under %s of every"
                + " frame of their line%n", r.smallAskedCount(),
                ShownWarning.percent(ShownWarning.THRESHOLD));
        r.smallAsked().stream().limit(20).forEach(w -> err.println("  warning: " + w));
        if (r.smallAskedCount() > 20) err.println("  …");
        err.flush();
    }
}
