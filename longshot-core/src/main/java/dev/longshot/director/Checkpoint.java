package dev.longshot.director;

import dev.longshot.memory.MemoryCore;
import dev.longshot.validate.Observation;
import dev.longshot.world.WorldSimulator;
import java.util.List;

/**
 * Everything needed to replay from the start of a second: memory, world and validator state
 * (all immutable snapshots), the last observation, the last frame's scene and the scene
 * count. Small: the frame it
 * references is the last frame of the second before, which the window holds anyway.
 */
record Checkpoint(int second, MemoryCore.Snapshot memory, WorldSimulator.Snapshot world,
        List<Object> validators, Observation previous, int lastScene, int scenes) {}
