/**
 * The memory core: per-second state that keeps the scene coherent and can be rolled back.
 * {@link dev.longshot.memory.StMfaMemory} is the learned ST-MFA core (modality encoders,
 * cross-modal attention, LSTM, decoder heads; weights in {@code st-mfa.bin});
 * {@link dev.longshot.memory.CarryOverMemory} is the rule-based baseline.
 */
package dev.longshot.memory;
