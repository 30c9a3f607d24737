package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownWarningsTest {
    private static GenerationLog.Shown second(int t, int line, List<String> asked,
            List<String> named, GenerationLog.Share... seen) {
        return new GenerationLog.Shown(t, line, asked, named, List.of(seen));
    }

    private static GenerationLog.Share share(String id, double max) {
        return new GenerationLog.Share(id, max / 2, max);
    }

    @Test
    void aNamedSubjectUnderTwoTenthsOfAPercentOfEveryFrameIsAWarning() {
        ShownWarnings w = new ShownWarnings();
        w.add(second(3, 4, List.of("elephant"), List.of("elephant"), share("sky", 0.4),
                share("elephant", 0.0005)));
        w.finishLine();
        assertEquals(1, w.count());
        assertEquals("line 4: elephant asked, 0.05 % of frame", w.warnings().get(0).toString());
    }

    @Test
    void aSubjectNotOnScreenAtAllIsAWarningAtZero() {
        ShownWarnings w = new ShownWarnings();
        w.add(second(0, 2, List.of("deer"), List.of("deer"), share("forest", 1)));
        w.finishLine();
        assertEquals(List.of(new ShownWarning(2, "deer", 0)), w.warnings());
    }

    @Test
    void oneLargeEnoughSecondOfALineIsEnough() {
        ShownWarnings w = new ShownWarnings();
        w.add(second(5, 7, List.of("lion"), List.of("lion"), share("lion", 0.0001)));
        w.add(second(6, 7, List.of("lion"), List.of("lion"), share("lion", 0.03)));
        w.finishLine();
        assertEquals(0, w.count());
    }

    @Test
    void subjectsCarriedOverFromEarlierLinesAreNotJudged() {
        ShownWarnings w = new ShownWarnings();
        w.add(second(0, 1, List.of("bird"), List.of("bird"), share("bird", 0.01)));
        w.add(second(1, 2, List.of("bird"), List.of(), share("bird", 0.0001)));
        w.finishLine();
        assertEquals(0, w.count());
    }

    @Test
    void eachLineIsJudgedOnItsOwnSeconds() {
        ShownWarnings w = new ShownWarnings();
        w.add(second(0, 1, List.of("car"), List.of("car"), share("car", 0.05)));
        w.add(second(1, 2, List.of("car"), List.of("car"), share("car", 0.001)));
        w.finishLine();
        assertEquals(List.of(new ShownWarning(2, "car", 0.001)), w.warnings());
    }
}
