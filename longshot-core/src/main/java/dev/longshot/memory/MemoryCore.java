package dev.longshot.memory;

import dev.longshot.plan.Mentions;
import dev.longshot.plan.ScenePlan;

/**
 * The memory that turns one storyboard second at a time into a coherent scene plan. Stateful:
 * {@link #step} must be called for t = 0, 1, 2 … in order; {@link #checkpoint()} and
 * {@link #restore} let the director roll back and replay exactly.
 */
public interface MemoryCore {
    /** Advances one storyboard second. */
    ScenePlan step(int t, String text, Mentions mentions);

    /**
     * What the previous second looked and sounded like ({@link VisualSummary},
     * {@link AudioSummary}), before the next {@link #step}. The director never calls it: a
     * run's plan comes from the text alone, so it equals {@code longshot plan}'s. Training
     * and experiments may. Memories that do not use it ignore it.
     */
    default void observe(float[] visual, float[] audio) {}

    /** An immutable copy of the current state. */
    Snapshot checkpoint();

    /** Returns to a state taken by {@link #checkpoint()} of this memory. */
    void restore(Snapshot snapshot);

    /** Opaque, immutable memory state. */
    interface Snapshot {
        /** The second the next {@link #step} call will plan. */
        int nextSecond();
    }
}
