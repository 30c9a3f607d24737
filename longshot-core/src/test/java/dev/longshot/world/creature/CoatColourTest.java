package dev.longshot.world.creature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A colour word in what names a creature gives it that coat; none keeps the species'. */
class CoatColourTest {
    private static final Species CAT = Bestiary.bundled().get("cat");

    @Test
    void colourWordsInEnglishAndChineseGiveACoat() {
        assertEquals("#1c1a1a", CoatColour.of("black cat"));
        assertEquals("#1c1a1a", CoatColour.of("黑猫"));
        assertEquals("#ece8e0", CoatColour.of("white cat"));
        assertEquals("#ece8e0", CoatColour.of("白猫"));
        assertNull(CoatColour.of("cat"));
        assertNull(CoatColour.of("猫"));
        assertNull(CoatColour.of("blackbird"));
    }

    @Test
    void aTintedSpeciesWearsTheCoatFirstAndIsStillItsSpecies() {
        Species black = CoatColour.tinted(CAT, "#1c1a1a");
        assertEquals(CAT, black);
        assertEquals("#1c1a1a",
                ((List<?>) black.recipe().params().get("palette")).get(0));
        assertSame(CAT, CoatColour.tinted(CAT, null));
    }

    @Test
    void aLineNamingTheCoatRecoloursTheSameAnimalsAndOneThatDoesNotKeepsIt() {
        Species black = CoatColour.tinted(CAT, "#1c1a1a");
        Species white = CoatColour.tinted(CAT, "#ece8e0");
        Herd h = new Herd(black, List.of(), dev.longshot.world.Vec3.ZERO,
                dev.longshot.world.Vec3.ZERO, 0, 0, 0, 1, null);
        assertSame(h, h.coated(CAT));
        assertEquals("#ece8e0", h.coated(white).type().recipe().text(CoatColour.KEY, ""));
    }
}
