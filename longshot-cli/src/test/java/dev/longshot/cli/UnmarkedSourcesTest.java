package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnmarkedSourcesTest {
    @Test
    void twoHundredSourcesAreAllDifferent() {
        List<String> s = UnmarkedSources.list(240);
        assertEquals(240, s.size());
        assertEquals(240, new HashSet<>(s).size(), "duplicates among " + s);
    }

    @Test
    void everyFamilyAndEverySizeIsAmongTheFirstForty() {
        List<String> s = UnmarkedSources.list(40);
        for (String family : List.of("testsrc2=", "mandelbrot=", "life=", "cellauto=",
                "gradients=", "perlin=", "sierpinski=", "zoneplate=", "smptebars=")) {
            assertTrue(s.stream().anyMatch(x -> x.startsWith(family)), family + " in " + s);
        }
        for (String size : UnmarkedSources.SIZES) {
            assertTrue(s.stream().anyMatch(x -> x.contains("size=" + size + ":")), size);
        }
    }

    @Test
    void theListIsTheSameEveryTimeAndGrowsByAppending() {
        assertEquals(UnmarkedSources.list(30), UnmarkedSources.list(50).subList(0, 30));
    }
}
