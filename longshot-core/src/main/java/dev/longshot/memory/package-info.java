/**
 * The memory core: per-second state that keeps the scene coherent and can be rolled back.
 * {@link dev.longshot.memory.StMfaMemory} is the learned ST-MFA core (modality encoders,
 * cross-modal attention, LSTM, decoder heads; weights in {@code st-mfa.bin});
 * {@link dev.longshot.memory.CarryOverMemory} is the rule that every command plans with
 * (it scores at least as well); {@link dev.longshot.memory.Planner} reads each line once and
 * asks the memory for each second, and {@code Planner.standard} is the one planner of
 * {@code plan}, {@code generate} and the previews. Uses only {@code story} and {@code plan}: the frames it observes arrive as plain
 * pixels ({@link dev.longshot.memory.VisualSummary}), so it depends on no world or renderer.
 */
package dev.longshot.memory;
