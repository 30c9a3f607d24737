package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A train at night shows its lit windows, as the buildings' window light does: its pixels
 * in the entity-id buffer hold bright panes, as little of the dark round it is.
 */
class LitTrainAtNightTest {
    private static final int W = 320, H = 180;
    private static final int BRIGHT = 150;

    /** {share of the train's pixels that are bright, share of the rest} over {@code frames}. */
    private static double[] brightShares(List<FrameSpec> frames) {
        int train = EntityIds.bundled().of("train");
        double trainPx = 0, trainBright = 0, restPx = 0, restBright = 0;
        try (SoftwareRenderer r = new SoftwareRenderer(W, H, 2)) {
            for (FrameSpec s : frames) {
                int[] rgb = r.render(s).rgb();
                int[] ids = r.entityIds();
                for (int i = 0; i < rgb.length; i++) {
                    int bright = luma(rgb[i]) >= BRIGHT ? 1 : 0;
                    if (ids[i] == train) {
                        trainPx++;
                        trainBright += bright;
                    } else {
                        restPx++;
                        restBright += bright;
                    }
                }
            }
        }
        assertTrue(trainPx > 0.005 * W * H * frames.size(), "train on screen: " + trainPx);
        return new double[] {trainBright / trainPx, restBright / restPx};
    }

    private static int luma(int c) {
        return (54 * (c >> 16 & 255) + 183 * (c >> 8 & 255) + 19 * (c & 255)) >> 8;
    }

    @Test
    void aTrainAtNightHasLitWindowsThatReadAgainstTheDark() {
        double[] night = brightShares(ShownFrames.lastSecond(
                "A train crosses the plain at night."));
        String seen = "bright: %.3f of the train, %.4f of the rest".formatted(night[0],
                night[1]);
        assertTrue(night[0] >= 0.08, "lit windows: " + seen);
        assertTrue(night[0] >= 20 * night[1], "the train reads against the dark: " + seen);
    }

    @Test
    void aTrainOverTheCityBridgeAtNightIsLit() {
        double[] night = brightShares(ShownFrames.lastSecond(
                "Night in Tokyo. Neon signs glow over a crowded street.",
                "The train rumbles over the bridge above."));
        assertTrue(night[0] >= 0.08, "lit windows: %.3f of the train".formatted(night[0]));
    }
}
