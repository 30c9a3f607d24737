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

    /** Opaque, immutable world state. */
    interface Snapshot {}
}
