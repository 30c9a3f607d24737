package dev.longshot.cli;

import dev.longshot.director.FilePublisher;
import dev.longshot.memory.StMfaConfig;
import dev.longshot.memory.StMfaMemory;
import dev.longshot.memory.StMfaWeights;
import dev.longshot.memory.train.TrainConfig;
import dev.longshot.memory.train.Trainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code longshot train-memory}: trains the ST-MFA memory on the generated corpus and writes
 * the weight file (the shipped one is
 * {@code longshot-core/src/main/resources/dev/longshot/memory/st-mfa.bin}).
 */
@Command(name = "train-memory", mixinStandardHelpOptions = true,
        description = "Train the memory on the synthetic corpus (deterministic) and write weights.")
final class TrainMemoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "st-mfa.bin", paramLabel = "FILE",
            description = "Weight file to write (default: st-mfa.bin).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Corpus and init seed (default: 1).")
    long seed;

    @Option(names = "--steps", description = "Optimiser steps, one storyboard each (default: "
            + "${DEFAULT-VALUE}, as the shipped weights).", defaultValue = "5000")
    int steps;

    @Option(names = "--storyboards", defaultValue = "1200",
            description = "Synthetic storyboards in the corpus (default: 1200).")
    int storyboards;

    @Option(names = "--mem-dim", defaultValue = "64", description = "LSTM size (default: 64).")
    int memDim;

    @Override
    public Integer call() throws IOException {
        if (steps < 1 || storyboards < 1) throw new UserError("--steps and --storyboards must be ≥ 1");
        StMfaConfig net;
        try {
            net = StMfaConfig.withMemDim(memDim);
        } catch (IllegalArgumentException e) {
            throw new UserError("--mem-dim: " + e.getMessage());
        }
        Path abs = OutputFiles.checkWritable(out, ".bin");
        PrintWriter err = spec.commandLine().getErr();
        TrainConfig cfg = new TrainConfig(net, seed, storyboards, steps,
                TrainConfig.DEFAULT.learningRate(), true);
        long start = System.nanoTime();
        StMfaWeights w = new Trainer(cfg, StMfaMemory.sharedEmbedder()).train(s -> {
            err.println(s);
            err.flush();
        });
        // Write beside the target, then move: no half-written file under the requested name.
        Path tmp = Files.createTempFile(abs.getParent(), ".st-mfa", ".tmp");
        Files.write(tmp, w.toBytes());
        FilePublisher.publish(tmp, abs);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s: %d parameters, %d bytes, %.1f s%n", out, w.params().length,
                Files.size(abs), (System.nanoTime() - start) / 1e9);
        o.flush();
        return ExitCode.OK;
    }
}
