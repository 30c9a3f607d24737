package dev.longshot.media.provenance.watermark;

import dev.longshot.media.decode.VideoReader;
import dev.longshot.media.provenance.WatermarkSource;
import dev.longshot.render.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Diagnostics only (run with -Dwm.dir=DIR of excerpts named NAME-START.mp4). */
@EnabledIfSystemProperty(named = "wm.dir", matches = ".+")
class TimeDiagnostics {
    @Test
    void printsTimeEvidence() throws IOException {
        Path dir = Path.of(System.getProperty("wm.dir"));
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".mp4")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            double start = Double.parseDouble(name.substring(name.lastIndexOf('-') + 1,
                    name.length() - 4));
            double fps;
            try (VideoReader r = VideoReader.open(f)) {
                fps = r.info().fps();
            }
            var d = WatermarkDetector.detect(WatermarkSource.of(f), fps, 60);
            System.out.printf(Locale.ROOT, "%s found=%b time=%b start=%.2f syncZ=%.1f fitZ=%.1f"
                    + " bitZ=%.2f%n", name, d.found(), d.timeFound(),
                    d.startSeconds(), d.syncZ(), d.timeZ(), d.timeBitZ());
            boolean right = d.timeFound() && Math.abs(d.startSeconds() - start) <= 0.5;
            System.out.println(right ? "   RIGHT" : d.timeFound() ? "   WRONG START" : "   withheld");
            if (Boolean.getBoolean("wm.analyse")) analyse(f, fps, start);
        }
    }

    private static void analyse(Path f, double fps, double start) throws IOException {
        List<LumaImage> frames = new ArrayList<>();
        try (VideoReader r = VideoReader.open(f)) {
            Frame fr;
            while ((fr = r.nextFrame()) != null) frames.add(LumaImage.of(fr, LumaImage.boxFactor(fr.width())));
        }
        int n = frames.size();
        int w = frames.get(0).width();
        int h = frames.get(0).height();
        float[] mean = new float[w * h];
        for (LumaImage l : frames) for (int i = 0; i < mean.length; i++) mean[i] += l.y()[i] / n;
        GridSearch.Hit hit = GridSearch.best(new LumaImage(w, h, mean));
        // features[frame][cell], sign-corrected by the truth (sync: chip; time: chip*timeSign)
        double[][] feat = new double[n][CellGrid.CELLS];
        boolean[] isTime = new boolean[CellGrid.CELLS];
        int[] bitOf = new int[CellGrid.CELLS];
        for (int b = 0; b < CellGrid.TIME_BITS; b++) for (int c : CellGrid.TIME_CELLS[b]) { isTime[c] = true; bitOf[c] = b; }
        for (int i = 0; i < n; i++) {
            LumaImage r = frames.get(i).resize(hit.width(), hit.height());
            long sec = (long) Math.floor(start - 0.125 + i / fps);
            for (int c = 0; c < CellGrid.CELLS; c++) {
                int x = (c % CellGrid.COLS) * WatermarkDetector.CELL - hit.ox();
                int y = (c / CellGrid.COLS) * WatermarkDetector.CELL - hit.oy();
                if (x < 0 || y < 0 || x + 8 > r.width() || y + 8 > r.height()) continue;
                double v = WatermarkDetector.cellFeature(r, x, y) * CellGrid.CHIP[c];
                if (isTime[c]) v *= Payload.timeSign(Math.max(0, sec), bitOf[c]);
                feat[i][c] = v;
            }
        }
        report("sync", CellGrid.SYNC_CELLS, feat, n);
        FrameReadings rd = FrameReadings.read(WatermarkSource.of(f), 100000, hit, l -> l);
        TimeSearch.Fit fit = TimeSearch.best(rd.timeBits(), fps);
        TimeCheck.Result res = TimeCheck.of(rd, fit, fps);
        System.out.printf(Locale.ROOT, "   fit second=%d phase=%.3f z=%.2f rival=%+d bitZ=%.2f cellNoise=%.3f%n",
                fit.second(), fit.phase(), fit.z(), res.rivalOffset(), res.bitZ(), rd.cellNoise());
        StringBuilder bz = new StringBuilder("   bit z:");
        for (int b = 0; b < CellGrid.TIME_BITS; b++) {
            double s = 0;
            for (int c : CellGrid.TIME_CELLS[b]) { for (int i = 0; i < n; i++) s += feat[i][c] / n; }
            bz.append(String.format(Locale.ROOT, " %d:%.1f", b, s / (Math.sqrt(35) * rd.cellNoise())));
        }
        System.out.println(bz);
        double[] sm = new double[CellGrid.SYNC_CELLS.length];
        for (int k = 0; k < sm.length; k++) sm[k] = CellGrid.CHIP[CellGrid.SYNC_CELLS[k]] * rd.meanFeature(CellGrid.SYNC_CELLS[k]);
        Arrays.sort(sm);
        double a = sm[sm.length / 2];
        for (double kk : new double[] {1.5, 2, 3}) {
            double lim = a + kk * rd.cellNoise();
            StringBuilder wz = new StringBuilder(String.format(Locale.ROOT, "   huber k=%.1f A=%.2f:", kk, a));
            double minZ = 1e9;
            int down = 0;
            for (int b = 0; b < CellGrid.TIME_BITS; b++) {
                double s = 0, w2 = 0;
                for (int c : CellGrid.TIME_CELLS[b]) {
                    double m = Math.abs(rd.meanFeature(c));
                    double wc = m > lim ? lim / m : 1;
                    if (wc < 1) down++;
                    double sc = 0;
                    for (int i = 0; i < n; i++) sc += feat[i][c] / n;
                    s += wc * sc;
                    w2 += wc * wc;
                }
                double z = s / (Math.sqrt(w2) * rd.cellNoise());
                minZ = Math.min(minZ, z);
                wz.append(String.format(Locale.ROOT, " %d:%.1f", b, z));
            }
            System.out.println(wz + String.format(Locale.ROOT, " | min %.1f, %d of 595 down", minZ, down));
        }
        int[] steadyTime = Arrays.stream(CellGrid.TIME_CELLS).skip(5).flatMapToInt(Arrays::stream).toArray();
        report("time>=5", steadyTime, feat, n);
    }

    private static void report(String what, int[] cells, double[][] feat, int n) {
        StringBuilder sb = new StringBuilder("   " + what);
        for (String est : new String[] {"mean", "median", "trim25", "huber"}) {
            double[] m = new double[cells.length];
            double[] series = new double[n];
            double sdSum = 0;
            for (int k = 0; k < cells.length; k++) {
                int c = cells[k];
                for (int i = 0; i < n; i++) series[i] = feat[i][c];
                m[k] = estimate(est, series.clone());
                double mu = 0, s2 = 0;
                for (double v : series) mu += v / n;
                for (double v : series) s2 += (v - mu) * (v - mu) / n;
                sdSum += Math.sqrt(s2);
            }
            double[] s = m.clone();
            Arrays.sort(s);
            double med = s[s.length / 2];
            double avg = Arrays.stream(m).average().orElse(0);
            double[] dev = Arrays.stream(m).map(v -> Math.abs(v - med)).sorted().toArray();
            double mad = 1.4826 * dev[dev.length / 2];
            sb.append(String.format(Locale.ROOT, " | %s A=%.2f med=%.2f spread=%.2f snr=%.3f",
                    est, avg, med, mad, avg / mad));
            if (est.equals("mean")) sb.append(String.format(Locale.ROOT, " tSD=%.2f tSD/sqrtN=%.3f", sdSum / cells.length, sdSum / cells.length / Math.sqrt(n)));
        }
        System.out.println(sb);
    }

    private static double estimate(String est, double[] v) {
        int n = v.length;
        switch (est) {
            case "mean": return Arrays.stream(v).average().orElse(0);
            case "median": { Arrays.sort(v); return v[n / 2]; }
            case "trim25": { Arrays.sort(v); double s = 0; int k = n / 4; for (int i = k; i < n - k; i++) s += v[i]; return s / (n - 2 * k); }
            default: {
                double[] c = v.clone(); Arrays.sort(c); double med = c[n / 2];
                double[] d = Arrays.stream(v).map(x -> Math.abs(x - med)).sorted().toArray();
                double k = 1.5 * 1.4826 * d[n / 2] + 1e-9;
                double mu = med;
                for (int it = 0; it < 10; it++) {
                    double s = 0;
                    for (double x : v) s += Math.max(-k, Math.min(k, x - mu));
                    mu += s / n;
                }
                return mu;
            }
        }
    }
}
