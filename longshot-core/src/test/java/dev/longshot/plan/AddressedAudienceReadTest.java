package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A lesson's "we" that talks and the "you" it points for are not on screen. */
class AddressedAudienceReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void weWhoStartALessonSomewhereAreNotOnScreen() {
        LineReading r = READER.reading("今天我们从黄河的源头说起。");
        assertFalse(r.subjects().stream().anyMatch(s -> s.id().equals("person")),
                r.subjects().toString());
        r = READER.reading("下节课我们讲沙漠,大家回去复习一下。");
        assertFalse(r.subjects().stream().anyMatch(s -> s.id().equals("person")),
                r.subjects().toString());
    }

    @Test
    void youToldToLookAreNotOnScreenAndLookAtNothing() {
        LineReading r = READER.reading("你看,远处飞来一只老鹰。");
        assertEquals(1, r.subjects().size(), r.subjects().toString());
        assertEquals("eagle", r.subjects().get(0).id());
        assertNull(r.pronounAction());
    }
}
