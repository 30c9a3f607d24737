package dev.longshot.cli;

import dev.longshot.memory.Planner;
import dev.longshot.plan.PlanJson;
import dev.longshot.plan.StoryReader;
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

    @Option(names = "--json", description = "Print JSON (longshot-plan/2, DESIGN.md contract).")
    boolean json;

    @Option(names = "--strict", description = "Refuse the storyboard if any word is not shown.")
    boolean strict;

    @Override
    public Integer call() {
        Storyboard storyboard = StoryboardFiles.read(storyboardFile);
        ReadingReport report = new ReadingReport(storyboard, StoryReader.bundled());
        report.check(strict);
        // The planner generate renders with: what this prints is what a video shows.
        List<ScenePlan> plans = Planner.standard(storyboard).planAll();
        PrintWriter out = spec.commandLine().getOut();
        if (!json) report.print(out);
        if (json) {
            out.println(PlanJson.write(plans));
        } else {
            for (ScenePlan p : plans) {
                var k = p.keys();
                out.printf("%5d  %-12s %-7s %-9s %-7s %-10s %-24s %s%n", p.t(), k.setting(),
                        k.water(), k.timeOfDay(), k.weather(), k.camera().move(),
                        k.subjects().stream().map(s -> s.id()).toList(), p.text());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
