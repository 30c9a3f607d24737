package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LargeFrameTest {
    /** 8K UHD, the largest size the director allows: 33 M pixels in one frame. */
    @Test
    void rendersAt7680x4320() {
        try (var r = new SoftwareRenderer(7680, 4320, 2)) {
            Frame f = r.render(RenderFixture.overLake());
            assertEquals(7680 * 4320, f.rgb().length);
            int[] px = f.rgb();
            int top = px[7680 * 10 + 3840];
            int low = px[7680 * 4300 + 3840];
            assertTrue((top & 255) > ((top >> 16) & 255), "sky at the top");
            assertTrue(((low >> 8) & 255) > (low & 255), "ground at the bottom");
            for (int c : px) assertEquals(0, c >>> 24, "no marks left in the pixels");
        }
    }
}
