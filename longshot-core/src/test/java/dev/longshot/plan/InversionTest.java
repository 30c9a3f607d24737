package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A clause opened by a place or "here" puts the verb before the creature that does it. */
class InversionTest {
    private static String action(String line, String id) {
        return ActionOf.action(line, id);
    }

    @Test
    void upInTheOakSatTheOwlIsTheOwlResting() {
        assertEquals("rest", action("Up in the oak sat the owl, blinking her big eyes.", "owl"));
    }

    @Test
    void hereComesTheDiverIsArriving() {
        assertEquals("arrive", action("Here comes our diver with a big camera.", "person"));
    }

    @Test
    void aPronounBeforeTheVerbIsItsSubject() {
        assertEquals("rest", action("The owl blinks. Up in the oak it sits.", "owl"));
    }
}
