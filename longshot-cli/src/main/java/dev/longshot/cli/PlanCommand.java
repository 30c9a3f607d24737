package dev.longshot.cli;

import dev.longshot.memory.Planner;
import dev.longshot.memory.StMfaMemory;
import dev.longshot.plan.SceneLexicon;
import dev.longshot.plan.ScenePlan;
import dev.longshot.story.Storyboard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longshot plan}: what the memory makes of each storyboard second. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the scene plan of every storyboard second.")
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORYBOARD", description = "Storyboard (.txt or .json).")
    Path storyboardFile;

    @Option(names = "--json", description = "Print JSON (one object per second, DESIGN.md contract).")
    boolean json;

    @Override
    public Integer call() {
        Storyboard storyboard = StoryboardFiles.read(storyboardFile);
        List<ScenePlan> plans =
                new Planner(storyboard, SceneLexicon.bundled(), StMfaMemory.bundled()).planAll();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlanJson.write(plans));
        } else {
            for (ScenePlan p : plans) {
                out.printf("%5d  %-12s %-7s %-9s %-7s %-10s %-24s %s%n", p.t(), p.setting().id(),
                        p.water().id(), p.timeOfDay().id(), p.weather().id(), p.camera().id(),
                        p.subjects().stream().map(s -> s.id()).toList(), p.text());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
