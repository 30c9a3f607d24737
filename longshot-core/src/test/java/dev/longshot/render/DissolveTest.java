package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.longshot.plan.Transition;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.SceneChange;
import org.junit.jupiter.api.Test;

/** The dissolve under the generator contract: every checked frame is a cross-fade. */
class DissolveTest extends FrameGeneratorContract {
    @Override
    protected FrameGenerator create(int width, int height, int threads) {
        return new Dissolve(new SoftwareRenderer(width, height, threads));
    }

    /** Forty percent of the way from the lake to the stream: two renders mixed. */
    @Override
    protected FrameSpec checkedSpec() {
        FrameSpec now = RenderFixture.overStream();
        return new FrameSpec(now.time(), now.plan(), now.terrain(), now.camera(),
                now.lighting(), false, now.subjects(),
                new SceneChange(Transition.DISSOLVE, 0.4, RenderFixture.overLake()));
    }

    @Test
    void aDissolveFrameLiesBetweenTheOldAndTheNewScene() {
        try (var plain = new SoftwareRenderer(64, 36, 1); var fade = create(64, 36, 1)) {
            int[] old = plain.render(RenderFixture.overLake()).rgb();
            int[] now = plain.render(RenderFixture.overStream()).rgb();
            int[] mixed = fade.render(checkedSpec()).rgb();
            long toOld = 0, toNow = 0, between = 0;
            for (int i = 0; i < mixed.length; i++) {
                toOld += Math.abs((mixed[i] & 255) - (old[i] & 255));
                toNow += Math.abs((mixed[i] & 255) - (now[i] & 255));
                between += Math.abs((old[i] & 255) - (now[i] & 255));
            }
            // Smoothstep(0.4) = 0.352 of the way to the new scene, on the blue channel (the
            // 8-bit mix truncates, a few percent over the small per-pixel differences).
            assertEquals(0.352, toOld / (double) between, 0.06);
            assertEquals(0.648, toNow / (double) between, 0.06);
        }
    }

    @Test
    void needsAGeneratorToWrap() {
        var e = assertThrows(NullPointerException.class, () -> new Dissolve(null));
        assertEquals("inner", e.getMessage());
    }
}
