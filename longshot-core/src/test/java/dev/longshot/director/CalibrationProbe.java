package dev.longshot.director;

import dev.longshot.plan.ScenePlan;
import dev.longshot.render.Frame;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import dev.longshot.validate.BlockFlow;
import dev.longshot.validate.Thumbnail;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import dev.longshot.world.WorldSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationProbe {
    @Test
    void probe() throws Exception {
        String size = System.getProperty("probe.size", "128x72");
        int fps = Integer.getInteger("probe.fps", 6);
        String[] wh = size.split("x");
        for (String name : System.getProperty("probe.files", "lighthouse-coast.txt,river-journey.json,wildlife.txt").split(",")) {
            Path p = Path.of("../examples", name);
            Storyboard sb = StoryboardParser.parse(name, Files.readAllBytes(p));
            DirectorConfig config = DirectorConfig.defaults()
                    .withSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])).withFps(fps);
            List<Boolean> cuts = new ArrayList<>();
            try (Stages base = Stages.defaults(config)) {
                WorldSimulator w = base.world();
                WorldSimulator rec = new WorldSimulator() {
                    public FrameSpec step(ScenePlan plan, Timecode time) {
                        FrameSpec s = w.step(plan, time);
                        cuts.add(s.cut());
                        return s;
                    }
                    public Snapshot checkpoint() { return w.checkpoint(); }
                    public void restore(Snapshot s) { w.restore(s); }
                    public dev.longshot.world.WorldObservation observe() { return w.observe(); }
                    public void resample(long salt) { w.resample(salt); }
                };
                Stages stages = base.withWorld(rec);
                CollectingSink sink = new CollectingSink();
                RunReport r = new Director(config, stages).run(sb, sink, ProgressListener.NONE);
                System.out.println(name + " " + r.validationSummary());
                r.violations().stream().limit(10).forEach(v -> System.out.println("  " + v));
                double maxRate = 0, maxRes = 0, maxAcc = 0, maxRatio = 0;
                Thumbnail prev = null;
                double level = Double.NaN, pvx = Double.NaN, pvy = 0;
                for (int i = 0; i < sink.frames.size(); i++) {
                    Frame f = sink.frames.get(i);
                    Thumbnail t = Thumbnail.of(f);
                    if (prev != null && !cuts.get(i)) {
                        double rate = Math.max(0, Math.abs(t.mean() - prev.mean()) - 2 / 255.0) * fps; if (rate > 0.5) System.out.printf("   exposure %.2f/s at %s%n", rate, f.time());
                        maxRate = Math.max(maxRate, rate);
                        BlockFlow fl = BlockFlow.between(prev, t);
                        maxRes = Math.max(maxRes, fl.residual());
                        if (fl.residual() > 0.11) System.out.printf("   res %.3f level %.3f at %s raw %.3f%n", fl.residual(), level, f.time(), Math.abs(t.mean()-prev.mean()));
                        if (!Double.isNaN(level)) maxRatio = Math.max(maxRatio, fl.residual() / level);
                        double vx = fl.dx() / t.width() * fps, vy = fl.dy() / t.width() * fps;
                        if (!Double.isNaN(pvx)) { double jerk = Math.hypot(vx - pvx, vy - pvy) / fps * t.width(); double tol = 6.0 / fps / fps * t.width() + 2; maxAcc = Math.max(maxAcc, jerk / tol); if (jerk > tol) System.out.printf("   jerk %.1f px > %.1f at %s%n", jerk, tol, f.time()); }
                        level = Double.isNaN(level) ? fl.residual() : level + (fl.residual() - level) * 0.25;
                        pvx = vx; pvy = vy;
                    } else { level = Double.NaN; pvx = Double.NaN; }
                    prev = t;
                }
                System.out.printf("  exposure max rate %.3f/s, flow residual max %.4f ratio %.2f, accel %.2f%n",
                        maxRate, maxRes, maxRatio, maxAcc);
            }
        }
    }
}
