package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every figure of speech in the list, read alone, summons only what it means. */
class IdiomsTest {
    static Stream<Idioms.Idiom> idioms() {
        return Idioms.bundled().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idioms")
    void figureSummonsOnlyWhatItMeans(Idioms.Idiom idiom) {
        LineReading r = StoryReader.bundled().reading(idiom.phrase());
        assertNull(r.setting(), "setting");
        assertNull(r.water(), "water");
        assertTrue(r.skyAdded().isEmpty(), "sky");
        String m = idiom.meaning();
        if (m.startsWith("creature:")) {
            assertEquals(m.split(":")[1], r.subjects().get(0).id());
            assertEquals(1, r.subjects().size());
        } else {
            assertTrue(r.subjects().isEmpty(), r.subjects().toString());
        }
        if (m.startsWith("weather:")) assertEquals(m.split(":")[1], r.weather());
        else assertNull(r.weather(), "weather");
        List<String> things = r.things().stream().map(ThingRef::id).toList();
        if (m.equals("lights")) {
            assertEquals(1, things.size());
            assertTrue(List.of("lantern", "street-lamp").contains(things.get(0)));
        } else if (m.startsWith("thing:")) {
            assertEquals(List.of(m.split(":")[1]), things);
        } else {
            assertTrue(things.isEmpty(), things.toString());
        }
        if (m.equals("-")) assertEquals(idiom.phrase(), r.notShown().get(0).said());
    }

    @org.junit.jupiter.api.Test
    void seaOfFacesIsACrowd() {
        LineReading r = StoryReader.bundled().reading("The square is a sea of faces.");
        assertEquals("crowd", r.subjects().get(0).id());
        assertEquals("many", r.subjects().get(0).count());
        assertNull(r.water());
    }

    @org.junit.jupiter.api.Test
    void rainingCatsAndDogsIsRainWithoutAnimals() {
        LineReading r = StoryReader.bundled().reading("It's raining cats and dogs in the city.");
        assertEquals("rain", r.weather());
        assertTrue(r.subjects().isEmpty(), r.subjects().toString());
    }

    @org.junit.jupiter.api.Test
    void cloudsOverTheCourtAreAFigure() {
        LineReading r = StoryReader.bundled().reading("朝中早已乌云压城");
        assertNull(r.weather());
    }
}
