package dev.longshot.memory;

import dev.longshot.plan.Mentions;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.plan.TextEncoder;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a storyboard one second at a time: reads each line once with the text encoder and
 * asks the memory for the plan of every second the line covers. It lives beside the memory
 * (not in {@code plan}) so that {@code plan} stays above {@code memory}: the plan package
 * holds the vocabulary and the reader, the memory decides.
 */
public final class Planner {
    private final Storyboard storyboard;
    private final TextEncoder encoder;
    private final MemoryCore memory;
    private StoryLine cachedLine;
    private Mentions cachedMentions;

    public Planner(Storyboard storyboard, TextEncoder encoder, MemoryCore memory) {
        this.storyboard = storyboard;
        this.encoder = encoder;
        this.memory = memory;
    }

    /**
     * The planner every command uses ({@code plan}, {@code generate}, {@code contact-sheet},
     * {@code shown}, {@code replay}): the story reader and the carry-over memory, which scores
     * at least as well as the learned one on the labelled sets (README, "The planning
     * memory"). The plan depends on the text alone, so {@code plan --json} is what renders.
     */
    public static Planner standard(Storyboard storyboard) {
        return new Planner(storyboard, standardReader(), standardMemory());
    }

    /** The reader {@link #standard} plans with (one per JVM). */
    public static TextEncoder standardReader() {
        return StoryReader.bundled();
    }

    /** A fresh memory of the kind {@link #standard} plans with. */
    public static MemoryCore standardMemory() {
        return new CarryOverMemory();
    }

    public TextEncoder encoder() {
        return encoder;
    }

    public Storyboard storyboard() {
        return storyboard;
    }

    public MemoryCore memory() {
        return memory;
    }

    /** Plans second {@code t}; seconds must come in order (or after a memory restore). */
    public ScenePlan plan(int t) {
        StoryLine line = storyboard.lineAt(t);
        if (line != cachedLine) {
            cachedLine = line;
            cachedMentions = encoder.read(line.text());
        }
        return memory.step(t, line.text(), cachedMentions);
    }

    /** Plans every second of the storyboard from the memory's current state. */
    public List<ScenePlan> planAll() {
        List<ScenePlan> plans = new ArrayList<>(storyboard.totalSeconds());
        for (int t = 0; t < storyboard.totalSeconds(); t++) plans.add(plan(t));
        return plans;
    }
}
