package dev.longshot.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static final Catalog CATALOG = Catalog.bundled();

    /** The ids DESIGN.md ("The catalog and the plan contract") lists, by kind. */
    private static final Map<CatalogKind, String> DESIGN = Map.of(
            CatalogKind.SETTING, "forest grassland savanna mountains valley canyon desert "
                    + "snowfield volcano coast harbour village town city ancient-city farmland "
                    + "jungle sky",
            CatalogKind.STYLE, "modern chinese-classical greco-roman medieval-european",
            CatalogKind.WATER, "none stream river lake pond sea",
            CatalogKind.TIME, "dawn morning noon afternoon dusk night",
            CatalogKind.WEATHER, "clear cloudy fog rain snow storm dust",
            CatalogKind.SKY, "moon stars rainbow lightning aurora fireworks",
            CatalogKind.CREATURE, "deer elephant giraffe zebra lion tiger wolf fox bear hippo "
                    + "rhino crocodile monkey horse camel cow sheep goat pig dog cat rabbit eagle "
                    + "bird vulture seagull crow owl duck swan flamingo fish whale dolphin shark "
                    + "person child crowd soldier",
            CatalogKind.THING, "car truck bus bicycle train cart boat sailboat ship plane "
                    + "helicopter balloon bridge pier lighthouse tower city-wall gate temple "
                    + "pagoda house market-stall tent castle windmill fence road street-lamp "
                    + "lantern torch campfire statue flag acacia palm bamboo pine blossom-tree "
                    + "flowers tall-grass rock waterfall",
            CatalogKind.SHOT, "static pan whip-pan tilt dolly-in dolly-out track aerial "
                    + "crane-up crane-down orbit pov zoom-in zoom-out crash-zoom extreme-wide wide "
                    + "medium close-up extreme-close-up over-the-shoulder two-shot insert "
                    + "eye-level low high top-down dutch tripod handheld steadicam drone deep "
                    + "shallow rack cut dissolve morph fade-in fade-out");

    @Test
    void everyIdDesignListsIsInTheCatalogWithItsKind() {
        List<String> missing = new ArrayList<>();
        DESIGN.forEach((kind, ids) -> {
            for (String id : ids.split(" ")) {
                if (CATALOG.byId(id).map(CatalogEntry::kind).orElse(null) != kind) {
                    missing.add(kind.id() + ":" + id);
                }
            }
        });
        assertEquals(List.of(), missing);
        assertTrue(CATALOG.ofKind(CatalogKind.CREATURE).size() >= 39);
        assertTrue(CATALOG.ofKind(CatalogKind.THING).size() >= 42);
    }

    @Test
    void holdsAHundredEntriesBeyondTodaysFiftyFourWordVocabulary() {
        assertTrue(CATALOG.entries().size() >= 154, "entries: " + CATALOG.entries().size());
    }

    @Test
    void todaysDrawnSubjectsAreDrawnAndNewOnesFallBackToThem() {
        for (String id : "deer eagle bird horse wolf bear fish sheep person crowd soldier"
                .split(" ")) {
            assertTrue(CATALOG.byId(id).orElseThrow().drawn(), id);
        }
        // Entries not drawn yet are shown as a drawn entry of their kind, or not at all.
        for (CatalogEntry e : CATALOG.entries()) {
            if (e.drawn()) {
                assertEquals(e, CATALOG.shownAs(e).orElseThrow(), e.id());
            } else if (e.fallback() == null) {
                assertTrue(CATALOG.shownAs(e).isEmpty(), e.id());
            } else {
                CatalogEntry shown = CATALOG.shownAs(e).orElseThrow();
                assertTrue(shown.drawn() && shown.kind() == e.kind(),
                        e.id() + " → " + shown.id());
            }
        }
        // Drawn entries need no stand-in: the kangaroo is drawn as itself now.
        CatalogEntry kangaroo = CATALOG.byId("kangaroo").orElseThrow();
        assertTrue(kangaroo.drawn());
        assertEquals(null, kangaroo.fallback());
    }

    @Test
    void phrasingsFindTheirEntryInEitherLanguageIgnoringCase() {
        assertEquals("elephant", CATALOG.byPhrasing(CatalogKind.CREATURE, "象群")
                .orElseThrow().id());
        assertEquals("elephant", CATALOG.byPhrasing(CatalogKind.CREATURE, " Elephants ")
                .orElseThrow().id());
        assertEquals("close-up", CATALOG.byPhrasing(CatalogKind.SHOT, "特写").orElseThrow().id());
        assertEquals("harbour", CATALOG.byPhrasing(CatalogKind.SETTING, "码头").orElseThrow().id());
        assertTrue(CATALOG.byPhrasing(CatalogKind.CREATURE, "hyena").isEmpty());
    }

    @Test
    void oneWordCanNameEntriesOfDifferentKinds() {
        List<String> crane = CATALOG.byPhrasing("crane").stream().map(CatalogEntry::id).toList();
        assertEquals(List.of("crane", "crane-up"), crane, "the bird and the camera move");
    }

    @Test
    void everyEntryHasAChineseAndAnEnglishNameAndAFamily() {
        for (CatalogEntry e : CATALOG.entries()) {
            assertFalse(e.chineseName().isBlank(), e.id());
            assertTrue(e.chineseName().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), e.id() + " zh: " + e.chineseName());
            assertFalse(e.englishName().isBlank(), e.id());
            assertFalse(e.recipe().family().isBlank(), e.id());
        }
    }

    @Test
    void shotTermsCarryTheirSubKindAndRecipesTheirParameters() {
        CatalogEntry dutch = CATALOG.byId("dutch").orElseThrow();
        assertEquals("angle", dutch.sub());
        assertEquals("shot/angle", dutch.kindLabel());
        assertEquals(15, dutch.recipe().number("rollDeg", 0));
        CatalogEntry zebra = CATALOG.byId("zebra").orElseThrow();
        assertEquals("quadruped", zebra.recipe().family());
        assertEquals("stripes", zebra.recipe().text("pattern", "plain"));
        assertEquals(List.of("move", "size", "angle", "support", "lens", "speed", "focus",
                "transition"), CatalogKind.SHOT_SUBS);
        for (CatalogEntry e : CATALOG.ofKind(CatalogKind.SHOT)) {
            assertTrue(CatalogKind.SHOT_SUBS.contains(e.sub()), e.id());
        }
    }

    @Test
    void bundledIsReadOnce() {
        assertTrue(Catalog.bundled() == Catalog.bundled());
    }
}
