package dev.longshot.media.provenance.watermark;

import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.provenance.WatermarkSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measuring tool, not a check: for every excerpt {@code NAME-START.mp4} in {@code -Dwm.dir}
 * (START its true start in seconds, not mirrored or turned) it prints what the detector reports
 * and, per steady time bit, the z of its cells' means against the truth, plain and with the cells'
 * weights — how TimeCellWeights was found and measured.
 */
@EnabledIfSystemProperty(named = "wm.dir", matches = ".+")
class TimeDiagnostics {
    @Test
    void printsTheTimeEvidenceOfEveryExcerpt() throws IOException {
        List<Path> files;
        try (var s = Files.list(Path.of(System.getProperty("wm.dir")))) {
            files = s.filter(p -> p.toString().endsWith(".mp4")).sorted().toList();
        }
        int right = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            double start = Double.parseDouble(name.substring(name.lastIndexOf('-') + 1,
                    name.length() - 4));
            double fps;
            try (VideoReader r = VideoReader.open(f)) {
                fps = r.info().fps();
            }
            Detection d = WatermarkDetector.detect(WatermarkSource.of(f), fps, 60);
            boolean ok = d.timeFound() && Math.abs(d.startSeconds() - start) <= 0.5;
            right += ok ? 1 : 0;
            System.out.printf(Locale.ROOT, "%s: %s, sync z %.1f, time z %.1f, lead z %.2f%n",
                    name, verdict(d, ok), d.syncZ(), d.timeZ(), d.timeBitZ());
            bitZ(f, fps, start);
        }
        System.out.printf(Locale.ROOT, "%d of %d starts right%n", right, files.size());
    }

    private static String verdict(Detection d, boolean startRight) {
        if (!d.found()) return "NOT FOUND (mark or ID unread)";
        if (startRight) return "start right";
        return d.timeFound() ? "WRONG START " + d.startSeconds() : "start withheld";
    }

    /** Per steady time bit: z of its cells' sign-corrected means, plain / weighted. */
    private static void bitZ(Path f, double fps, double start) throws IOException {
        GridSearch.Hit hit;
        FrameReadings rd;
        try (FirstPass first = FirstPass.read(WatermarkSource.of(f), Integer.MAX_VALUE)) {
            if (first == null) throw new IOException(f + " has no frames");
            hit = GridSearch.best(first.mean());
            rd = FrameReadings.read(first.again(), hit, l -> l);
        }
        double[] means = new double[CellGrid.CELLS];
        boolean[] visible = new boolean[CellGrid.CELLS];
        for (int c = 0; c < CellGrid.CELLS; c++) {
            means[c] = rd.meanFeature(c);
            visible[c] = hit.feature(c) != 0;
        }
        double noise = rd.cellNoise();
        double[] w = TimeCellWeights.of(means, visible, noise);
        // bits 5 … 16 stay the same over a 10-s excerpt ending before 32 s: their sign is known
        long second = (long) Math.floor(start);
        StringBuilder out = new StringBuilder("  bit z plain/weighted:");
        for (int b = 5; b < CellGrid.TIME_BITS; b++) {
            double plain = 0;
            double weighted = 0;
            double energy = 0;
            for (int c : CellGrid.TIME_CELLS[b]) {
                double v = CellGrid.CHIP[c] * Payload.timeSign(second, b) * means[c];
                plain += v;
                weighted += w[c] * v;
                energy += w[c] * w[c];
            }
            out.append(String.format(Locale.ROOT, " %d:%.1f/%.1f", b,
                    plain / (Math.sqrt(CellGrid.TIME_REPEAT) * noise),
                    weighted / (Math.sqrt(energy) * noise)));
        }
        System.out.println(out);
        StringBuilder held = new StringBuilder("  time cells held back (column,row of 64x36):");
        for (int[] cells : CellGrid.TIME_CELLS) {
            for (int c : cells) {
                if (w[c] < 1) {
                    held.append(String.format(Locale.ROOT, " %d,%d", c % CellGrid.COLS,
                            c / CellGrid.COLS));
                }
            }
        }
        System.out.println(held);
    }
}
