package dev.longshot.world;

import dev.longshot.plan.ScenePlan;

/**
 * Steps the world at the output frame rate inside each storyboard second. Stateful and
 * deterministic; {@link #checkpoint()} / {@link #restore} make rollback exact.
 */
public interface WorldSimulator {
    /** The next frame of the world under {@code plan}; frames come in timecode order. */
    FrameSpec step(ScenePlan plan, Timecode time);

    Snapshot checkpoint();

    void restore(Snapshot snapshot);

    /** What the validators may observe of the frame last returned by {@link #step}. */
    default WorldObservation observe() {
        return WorldObservation.NONE;
    }

    /**
     * Re-draws the world's stochastic choices from now on (camera path, entity spawns …) from
     * {@code salt}, after a rollback. The salt is part of the state: a snapshot taken later
     * carries it. Salt 0 means the original draw. Worlds without choices ignore it.
     */
    default void resample(long salt) {}

    /** Opaque, immutable world state. */
    interface Snapshot {}
}
