package dev.longshot.render;

import dev.longshot.world.ValueNoise;

/**
 * Something that covers the ground by degrees, mud or lying snow: at level 0 the ground's own
 * colour, at 1 all covered. It takes the ground in patches first (where the noise is high),
 * as water pools and snow drifts, before it is lit.
 */
final class GroundCover {
    /** Wet earth where the patches are deepest, mud round them: "the field turns to mud". */
    static final GroundCover MUD = new GroundCover(new ValueNoise(0x3D11L), 0.17, 0x3A3024,
            0x4E3E2C, 1f);
    /** Snow, a little short of pure white even where it lies deepest. */
    static final GroundCover SNOW = new GroundCover(new ValueNoise(0x5A0FL), 0.23, 0xEEF1F5,
            0xEEF1F5, 0.92f);

    private final ValueNoise patches;
    private final double scale;
    private final int deep, shallow;
    private final float strength;

    private GroundCover(ValueNoise patches, double scale, int deep, int shallow, float strength) {
        this.patches = patches;
        this.scale = scale;
        this.deep = deep;
        this.shallow = shallow;
        this.strength = strength;
    }

    /** The albedo of a ground vertex at (x, z) under {@code level} (0 … 1) of this cover. */
    int over(int albedo, float level, double x, double z) {
        if (level <= 0) return albedo;
        // Patches about 6 m across go first; all is covered by the end.
        float patch = (float) (0.5 + 0.5 * patches.sample(x * scale, z * scale, 0));
        float k = Math.min(1, level * (1.4f + 0.8f * patch) - 0.2f * patch);
        if (k <= 0) return albedo;
        return Colors.mix(albedo, patch > 0.55f ? deep : shallow, (int) (k * strength * 256));
    }
}
