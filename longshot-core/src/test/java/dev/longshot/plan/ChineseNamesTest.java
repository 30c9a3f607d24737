package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese personal names the segmenter splits into characters are people on screen. */
class ChineseNamesTest {
    private static final StoryReader READER = StoryReader.bundled();

    private static SubjectRef person(String line) {
        return READER.reading(line).subjects().stream().filter(s -> s.id().equals("person"))
                .findFirst().orElse(null);
    }

    @Test
    void surnameAndGivenNameDoingSomethingIsAPerson() {
        SubjectRef li = person("李青骑着一匹白马走在最前面。");
        assertEquals("ride", li.action());
        assertTrue(READER.reading("李青骑着一匹白马。").notShown().stream()
                .noneMatch(n -> n.said().equals("李") || n.said().equals("青")));
    }

    @Test
    void twoNamesJoinedByAndAreAFew() {
        SubjectRef both = person("李青和小明一起走进了院子。");
        assertEquals("few", both.count());
        assertEquals("walk", both.action());
    }

    @Test
    void surnameBeforeATitleIsTheTitlesPerson() {
        LineReading r = READER.reading("王大爷赶着一群鸭子过桥。");
        assertTrue(r.subjects().stream().anyMatch(s -> s.id().equals("person")));
        assertTrue(r.notShown().stream().noneMatch(n -> n.said().equals("王")), r.notShown().toString());
    }

    @Test
    void aMeasureWordOrASmallThingIsNoName() {
        assertTrue(READER.reading("一张纸飘了下来。").subjects().isEmpty());
        List<SubjectRef> boat = READER.reading("小船慢慢划过。").subjects();
        assertTrue(boat.isEmpty(), boat.toString());
    }
}
