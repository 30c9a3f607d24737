package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrawnVocabularyTest {
    private final DrawnVocabulary drawn = DrawnVocabulary.bundled();

    @Test
    void newlyDrawnPlacesTakeTheNearestOldValue() {
        assertEquals(Setting.GRASSLAND, drawn.setting("savanna"));
        assertEquals(Setting.GRASSLAND, drawn.setting("farmland"));
        assertEquals(Setting.COAST, drawn.setting("harbour"));
        assertEquals(Setting.VILLAGE, drawn.setting("town"));
        assertEquals(Setting.FOREST, drawn.setting("jungle"));
        assertEquals(Water.LAKE, drawn.water("pond"));
        assertEquals(Weather.FOG, drawn.weather("dust"));
    }

    @Test
    void oldIdsStayThemselves() {
        assertEquals(Setting.CITY, drawn.setting("city"));
        assertEquals(Setting.DESERT, drawn.setting("desert"));
        assertEquals(Water.SEA, drawn.water("sea"));
        assertEquals(Weather.STORM, drawn.weather("storm"));
    }

    /** A setting, water or weather drawn later without a link would read as the default. */
    @Test
    void everyDrawnPlaceWaterWeatherAndTimeHasAnOldValue() {
        Map<CatalogKind, VocabularyTerm[]> enums = Map.of(CatalogKind.SETTING, Setting.values(),
                CatalogKind.WATER, Water.values(), CatalogKind.WEATHER, Weather.values(),
                CatalogKind.TIME, TimeOfDay.values());
        List<String> missing = new ArrayList<>();
        for (CatalogEntry e : Catalog.bundled().entries()) {
            VocabularyTerm[] values = enums.get(e.kind());
            if (values == null || !e.drawn()) continue;
            String id = DrawnVocabulary.NEAREST_OLD.getOrDefault(e.id(), e.id());
            boolean found = false;
            for (VocabularyTerm v : values) found |= v.id().equals(id);
            if (!found) missing.add(e.id());
        }
        assertEquals(List.of(), missing, "drawn entries with no old value");
    }

    @Test
    void everyLinkJoinsEntriesOfOneKind() {
        Catalog catalog = Catalog.bundled();
        DrawnVocabulary.NEAREST_OLD.forEach((from, to) -> {
            CatalogEntry a = catalog.byId(from).orElseThrow();
            CatalogEntry b = catalog.byId(to).orElseThrow();
            assertTrue(a.drawn(), from + " is not drawn: its fallback already leads somewhere");
            assertEquals(a.kind(), b.kind(), from + " -> " + to);
        });
    }
}
