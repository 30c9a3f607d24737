package dev.longshot.cli;

import dev.longshot.memory.Ablation;
import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.MemoryCore;
import dev.longshot.memory.StMfaMemory;
import dev.longshot.memory.StMfaWeights;
import dev.longshot.memory.train.LabelledStoryV2;
import dev.longshot.memory.train.LabelledStoryboard;
import dev.longshot.memory.train.PlanEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longshot eval-plan}: per-attribute accuracy of the memory on labelled storyboards. */
@Command(name = "eval-plan", mixinStandardHelpOptions = true,
        description = {"Plan labelled storyboards and print per-attribute accuracy.",
            "Format: text TAB setting TAB water TAB timeOfDay TAB weather TAB subjects TAB camera."})
final class EvalPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Labelled storyboards (.tsv), or directories of them.")
    List<Path> files;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "Memory weights (default: the shipped ones).")
    Path weightsFile;

    @Option(names = "--ablation", description = "Also print the ablation table.")
    boolean ablation;

    @Option(names = "--misses", description = "List every wrong attribute.")
    boolean misses;

    @Option(names = "--by-language", description = "With --v2: one row per part and language too.")
    boolean byLanguage;

    @Option(names = "--v2", description = {"Score a longshot-eval/2 set (JSON) per plan/2 key,",
        "one row per directory; detected by itself when the files are JSON."})
    boolean v2;

    @Override
    public Integer call() throws IOException {
        if (v2 || looksV2()) {
            EvalPlanV2.run(byLanguage ? EvalPlanV2.byLanguage(readV2()) : readV2(), ablation, misses, spec.commandLine().getOut());
            return ExitCode.OK;
        }
        List<LabelledStoryboard> boards = read();
        StMfaWeights weights = weights();
        PrintWriter out = spec.commandLine().getOut();
        int lines = boards.stream().mapToInt(b -> b.lines().size()).sum();
        out.printf("%d storyboards, %d lines%n", boards.size(), lines);
        PlanEvaluation.Score main = PlanEvaluation.evaluate(boards, memory(weights, Ablation.NONE), false);
        header(out);
        row(out, "ST-MFA memory", main);
        if (ablation) {
            row(out, "no memory (each line alone)",
                    PlanEvaluation.evaluate(boards, memory(weights, Ablation.NONE), true));
            row(out, "- text embedding", PlanEvaluation.evaluate(boards,
                    memory(weights, new Ablation(true, false, false, false)), false));
            row(out, "- visual", PlanEvaluation.evaluate(boards,
                    memory(weights, new Ablation(false, true, false, false)), false));
            row(out, "- physics (world state)", PlanEvaluation.evaluate(boards,
                    memory(weights, new Ablation(false, false, true, false)), false));
            row(out, "- audio", PlanEvaluation.evaluate(boards,
                    memory(weights, new Ablation(false, false, false, true)), false));
            row(out, "rule baseline (carry-over)",
                    PlanEvaluation.evaluate(boards, CarryOverMemory::new, false));
        }
        if (misses) main.misses().forEach(out::println);
        out.flush();
        return ExitCode.OK;
    }

    private static Supplier<MemoryCore> memory(StMfaWeights w, Ablation a) {
        return () -> new StMfaMemory(w, StMfaMemory.sharedEmbedder(), a);
    }

    private static void header(PrintWriter out) {
        out.printf("%-30s", "model");
        for (String a : PlanEvaluation.ATTRIBUTES) out.printf(" %9s", a);
        out.printf(" %9s%n", "overall");
    }

    private static void row(PrintWriter out, String name, PlanEvaluation.Score s) {
        out.printf("%-30s", name);
        for (int a = 0; a < PlanEvaluation.ATTRIBUTES.size(); a++) {
            out.printf(" %8.1f%%", 100 * s.accuracy(a));
        }
        out.printf(" %8.1f%%%n", 100 * s.overall());
        out.flush();
    }

    private StMfaWeights weights() throws IOException {
        if (weightsFile == null) return StMfaWeights.bundled();
        if (!Files.isRegularFile(weightsFile)) throw new UserError(weightsFile + ": no such file");
        try (InputStream in = Files.newInputStream(weightsFile)) {
            return StMfaWeights.read(in);
        } catch (IOException e) {
            throw new UserError(weightsFile + ": " + e.getMessage(), e);
        }
    }

    private boolean looksV2() throws IOException {
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    if (s.anyMatch(p -> p.toString().endsWith(".json"))) return true;
                }
            } else if (f.toString().endsWith(".json")) {
                return true;
            }
        }
        return false;
    }

    /** One part per argument: a directory of .json files, or one file. */
    private List<EvalPlanV2.Part> readV2() throws IOException {
        List<EvalPlanV2.Part> parts = new ArrayList<>();
        for (Path f : files) {
            List<Path> paths = new ArrayList<>();
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(paths::add);
                }
            } else if (Files.isRegularFile(f)) {
                paths.add(f);
            } else {
                throw new UserError(f + ": no such file");
            }
            if (paths.isEmpty()) throw new UserError(f + ": no .json storyboards");
            List<LabelledStoryV2> boards = new ArrayList<>();
            for (Path p : paths) {
                try {
                    boards.add(LabelledStoryV2.parse(String.valueOf(p.getFileName()),
                            Files.readString(p, StandardCharsets.UTF_8)));
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), e);
                }
            }
            parts.add(new EvalPlanV2.Part(partName(f), boards));
        }
        return parts;
    }

    /**
     * A directory's name, with its parent's when another argument has the same name
     * ({@code dev/memory} and {@code heldout/memory} stay apart in the table).
     */
    private String partName(Path f) {
        Path name = f.getFileName();
        if (name == null) return f.toString();
        long same = files.stream().filter(o -> name.equals(o.getFileName())).count();
        Path parent = f.toAbsolutePath().normalize().getParent();
        return same > 1 && parent != null && parent.getFileName() != null
                ? parent.getFileName() + "/" + name : name.toString();
    }

    private List<LabelledStoryboard> read() throws IOException {
        List<Path> paths = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    s.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(paths::add);
                }
            } else if (Files.isRegularFile(f)) {
                paths.add(f);
            } else {
                throw new UserError(f + ": no such file");
            }
        }
        if (paths.isEmpty()) throw new UserError("no .tsv storyboards in " + files);
        List<LabelledStoryboard> boards = new ArrayList<>();
        for (Path p : paths) {
            try {
                boards.add(LabelledStoryboard.parse(p.toString(),
                        Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        return boards;
    }
}
