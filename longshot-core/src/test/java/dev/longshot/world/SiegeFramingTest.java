package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.EntityIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The siege storyboard's shots show what their lines ask for, measured from the entity-id
 * buffer and the pixels: the castle's towers at a rainy dawn stand out of the haze.
 */
class SiegeFramingTest {
    private static final EntityIds IDS = EntityIds.bundled();

    /** docs/siege-storyboard.txt. */
    private static final String[] SIEGE = {
        "Wide shot at dusk: a medieval castle on a hill above the meadow, banners on its walls.",
        "A road winds across the fields toward the castle gate.",
        "The army marches along the road under red banners.",
        "A trebuchet is wheeled into place before the walls.",
        "Two catapults hurl stones at the castle.",
        "Soldiers push a battering ram toward the gate.",
        "A siege tower rolls toward the ramparts.",
        "Night falls and the moon rises over the castle.",
        "Rain begins and the field turns to mud.",
        "A herd of eight horses gallops across the field.",
        "Twelve sheep graze on the hillside.",
        "Flags flutter on the towers at dawn."};

    private static final List<LineRun.Second> RUN = LineRun.of(SIEGE);

    @Test
    void towersOfACastleAtARainyDawnStandOutOfTheHaze() {
        LineRun.Second dawn = RUN.get(11);
        double share = dawn.share("tower") + dawn.share("castle");
        double contrast = contrast(dawn, new int[] {IDS.of("tower"), IDS.of("castle")},
                IDS.of("sky"));
        // The line's towers stood 300 m off in the rain haze: 6.0 % with the castle, and
        // 0.7 % for the towers themselves, in a grey frame.
        assertTrue(dawn.share("tower") >= 0.012, "the towers cover " + dawn.share("tower"));
        assertTrue(share >= 0.07, "the castle and its towers cover " + share);
        assertTrue(contrast >= 0.08, "luma contrast to the sky " + contrast);
    }

    /** |mean luma of the pixels of {@code ids} - mean luma of those of {@code behind}| / 255. */
    static double contrast(LineRun.Second s, int[] ids, int behind) {
        double in = 0, out = 0;
        int nIn = 0, nOut = 0;
        for (int i = 0; i < s.lastRgb().length; i++) {
            int c = s.lastRgb()[i];
            double y = 0.2126 * ((c >> 16) & 255) + 0.7152 * ((c >> 8) & 255)
                    + 0.0722 * (c & 255);
            boolean mine = false;
            for (int id : ids) mine |= s.lastIds()[i] == id;
            if (mine) {
                in += y;
                nIn++;
            } else if (s.lastIds()[i] == behind) {
                out += y;
                nOut++;
            }
        }
        if (nIn == 0 || nOut == 0) return 0;
        return StrictMath.abs(in / nIn - out / nOut) / 255;
    }
}
