package dev.longshot.memory;

/**
 * Modalities switched off (their inputs zeroed) for the ablation study of {@code eval-plan};
 * {@link #NONE} is the normal model.
 */
public record Ablation(boolean noText, boolean noVisual, boolean noPhysics, boolean noAudio) {
    public static final Ablation NONE = new Ablation(false, false, false, false);
}
