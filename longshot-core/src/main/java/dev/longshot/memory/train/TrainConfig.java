package dev.longshot.memory.train;

import dev.longshot.memory.StMfaConfig;

/**
 * How to train the memory.
 *
 * @param net          network sizes
 * @param seed         corpus and initialisation seed
 * @param storyboards  synthetic storyboards in the corpus
 * @param steps        optimiser steps, one storyboard (full BPTT over ≤ 51 seconds) each
 * @param learningRate peak Adam learning rate (cosine decay to 10 %)
 * @param renderVisual render the previous second for the visual modality (else zeros)
 */
public record TrainConfig(StMfaConfig net, long seed, int storyboards, int steps,
        double learningRate, boolean renderVisual) {
    /** What the shipped {@code st-mfa.bin} was trained with (its header records the same). */
    public static final TrainConfig DEFAULT =
            new TrainConfig(StMfaConfig.DEFAULT, 1, 1200, 5000, 3e-3, true);

    public TrainConfig {
        if (storyboards < 1 || steps < 1) throw new IllegalArgumentException("storyboards, steps ≥ 1");
        if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate > 0");
    }
}
