package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.SceneryRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every prop a place builds is recorded in the entity-id buffer as a catalog entry, so
 * {@code longshot shown} never counts a harbour's quay or a jungle's trees as "unknown"
 * (they covered 5-20 % of the night harbour's frames).
 */
class PropsStandForCatalogEntriesTest {
    private static final EntityIds IDS = EntityIds.bundled();
    private static final String[] SETTINGS = {"harbour", "town", "city", "village",
        "ancient-city", "farmland", "savanna", "jungle", "coast", "volcano", "forest"};

    private static Terrain place(String setting, String style) {
        boolean sea = setting.equals("harbour") || setting.equals("coast");
        SceneryRequest r = new SceneryRequest(setting, style, List.of(), sea ? "sea" : null);
        return new Terrain(3, r.base(), sea ? Water.SEA : Water.NONE, r);
    }

    @Test
    void noPropOfAnyPlaceIsUnknown() {
        List<String> unknown = new ArrayList<>();
        for (String setting : SETTINGS) {
            List<String> styles = new ArrayList<>(SceneryRequest.STYLES);
            styles.add(null);
            for (String style : styles) {
                for (Prop p : place(setting, style).scenery().props()) {
                    if (EntityIds.ground(p.kind())) continue;
                    if (IDS.of(p) == EntityIds.UNKNOWN) {
                        unknown.add(setting + "/" + style + ": " + p.kind() + " " + p.thing());
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "unknown props: " + unknown.stream().distinct().toList());
    }

    @Test
    void aHarboursQuayIsAPierAndAJunglesTreeATree() {
        Prop quay = place("harbour", null).scenery().props().stream()
                .filter(p -> p.thing().equals("quay")).findFirst().orElseThrow();
        assertEquals("pier", IDS.name(IDS.of(quay)));
        Prop tree = place("jungle", null).scenery().props().stream()
                .filter(p -> p.kind() == dev.longshot.world.scenery.PropKind.SHAPED_TREE
                        && p.thing().isEmpty()).findFirst().orElseThrow();
        assertEquals("tree", IDS.name(IDS.of(tree)));
    }
}
