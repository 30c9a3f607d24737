package dev.longshot.world.creature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How many a group the plan counts holds: a herd is several, a number is that many. */
class HerdCountTest {
    private static final Species HORSE = Bestiary.bundled().get("horse");

    @Test
    void aHerdIsAtLeastFiveEvenOfAKindThatKeepsSmallCompany() {
        for (double u = 0; u < 1; u += 0.125) {
            int n = Spawner.count(HORSE, "group", u);
            assertTrue(n >= Spawner.SEVERAL, "a herd of horses holds " + n);
            assertTrue(n < Spawner.count(HORSE, "many", u), "a herd is fewer than many");
        }
    }

    @Test
    void aNumberedCountIsThatMany() {
        assertEquals(8, Spawner.count(HORSE, "8", 0.3));
        assertEquals(12, Spawner.count(HORSE, "12", 0.9));
        assertEquals(Spawner.MOST, Spawner.count(HORSE, "500", 0.5));
    }
}
