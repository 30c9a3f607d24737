package dev.longshot.cli;

import dev.longshot.memory.MemoryCore;
import dev.longshot.memory.Planner;
import dev.longshot.memory.train.SyntheticCorpus;
import dev.longshot.plan.TextEncoder;
import dev.longshot.plan.ScenePlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code longshot bench-plan}: plans an hour-long storyboard (3,600 one-second lines, drawn
 * from the synthetic corpus with seed 99, so almost every line is distinct and the embedding
 * cache does not flatter the figure) and prints lines per second, model load included.
 */
@Command(name = "bench-plan", mixinStandardHelpOptions = true,
        description = "Plan a 3,600-line storyboard as `plan` does and print lines/s.")
final class BenchPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lines", defaultValue = "3600", description = "Storyboard length (default: 3600).")
    int lines;

    @Override
    public Integer call() {
        if (lines < 1) throw new UserError("--lines must be ≥ 1");
        List<String> text = new ArrayList<>(lines);
        SyntheticCorpus corpus = new SyntheticCorpus();
        for (int i = 0; text.size() < lines; i++) {
            for (SyntheticCorpus.Line l : corpus.storyboard(99, i)) {
                if (text.size() < lines) text.add(l.text());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        CpuClock cpu = CpuClock.start();
        long start = System.nanoTime();
        // What `plan` and `generate` run: the standard planner's reader and memory.
        TextEncoder lexicon = Planner.standardReader();
        MemoryCore memory = Planner.standardMemory();
        int scenes = 0;
        ScenePlan prev = null;
        for (int t = 0; t < lines; t++) {
            ScenePlan p = memory.step(t, text.get(t), lexicon.read(text.get(t)));
            if (p.startsScene(prev)) scenes++;
            prev = p;
        }
        double s = (System.nanoTime() - start) / 1e9;
        double thread = cpu.threadSeconds();
        double process = cpu.processSeconds();
        out.printf(Locale.ROOT, "planned %d lines (%d distinct, %d scenes) in %.2f s: %.0f"
                + " lines/s%n", lines, text.stream().distinct().count(), scenes, s, lines / s);
        // CPU time hardly depends on what else the machine runs, wall time does
        out.printf(Locale.ROOT, "CPU: %.2f s on the planning thread (%.0f lines/s), %.2f s in"
                + " the whole process with JIT and GC (%.0f lines/s)%n", thread, lines / thread,
                process, lines / process);
        out.flush();
        return ExitCode.OK;
    }
}
