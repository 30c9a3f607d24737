package dev.longshot.cli;

import picocli.CommandLine.Command;

/** The top-level {@code longshot} command. */
@Command(name = "longshot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Turns a storyboard (one line of text per second, Chinese or English) into one",
            "continuous, coherent video. Every video is labelled as AI-generated."},
        subcommands = {GenerateCommand.class, PlanCommand.class, VerifyCommand.class,
            BenchCommand.class, EvalPlanCommand.class, TrainMemoryCommand.class,
            BenchPlanCommand.class, BenchWatermarkCommand.class, BenchRenderCommand.class,
            ContactSheetCommand.class, CatalogCommand.class, ReplayCommand.class,
            BenchAudioCommand.class, ShownCommand.class, ScoreCommand.class})
final class LongshotCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
