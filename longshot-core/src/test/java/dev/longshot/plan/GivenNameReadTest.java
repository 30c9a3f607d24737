package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A creature "called" or "named" something keeps the name; the name is no person. */
class GivenNameReadTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void creatureNamedOnTheLineKeepsItsNameAndNoPersonAppears() {
        List<SubjectRef> s = READER.reading("An old elephant named Tembo leads the herd.")
                .subjects();
        assertEquals(List.of("elephant"), s.stream().map(SubjectRef::id).toList());
        assertEquals("elephant called Tembo", s.get(0).said());
        assertEquals("fox called Pip", READER.reading(
                "There lived a little fox called Pip.").subjects().get(0).said());
    }
}
