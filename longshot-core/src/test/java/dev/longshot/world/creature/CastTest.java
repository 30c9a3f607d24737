package dev.longshot.world.creature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import dev.longshot.world.camera.CameraRig;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CastTest {
    private static final double DT = 1.0 / 24;

    private static Surroundings around(Terrain t, long seed) {
        return new Surroundings(t, ObstacleField.of(t), CameraRig.spawn(t).camera(), seed, 0, 0);
    }

    /** {@code frames} steps of a population cast by {@code cast}, from its first spawn. */
    private static List<Creatures> run(Cast cast, Terrain t, long seed, int frames) {
        Surroundings s = around(t, seed);
        List<Creatures> out = new ArrayList<>();
        Creatures c = Creatures.NONE.relocate(cast, s);
        out.add(c);
        for (int f = 1; f <= frames; f++) {
            c = c.step(cast, s, f * DT, DT);
            out.add(c);
        }
        return out;
    }

    private static Map<String, Integer> counts(Creatures c) {
        Map<String, Integer> n = new TreeMap<>();
        for (Creature m : c.all()) n.merge(m.type().id(), 1, Integer::sum);
        return n;
    }

    @Test
    void theOldEnumPlanBecomesCatalogIdsInOnePlace() {
        ScenePlan plan = CreatureRun.plan(0, Setting.FOREST, Water.NONE,
                EnumSet.of(Subject.DEER, Subject.EAGLE), CameraMove.STATIC)
                .withNamed(Set.of(Subject.EAGLE));
        Cast cast = Cast.of(plan);
        assertEquals(List.of("deer", "eagle"), cast.roles().stream().map(Cast.Role::id).toList());
        assertEquals(Set.of("eagle"), cast.named());
    }

    @Test
    void everyDrawnCreatureOfTheCatalogIsASpeciesLivingWhereItsFamilySays() {
        Bestiary b = Bestiary.bundled();
        assertTrue(b.all().size() >= 39, "species: " + b.all().size());
        for (Species s : b.all()) {
            // Birds fly, but those whose recipe says they walk (or do not fly) walk.
            String flight = s.recipe().text("flight", "flap");
            Habitat want = switch (s.family()) {
                case QUADRUPED, PERSON -> Habitat.LAND;
                case BIRD -> flight.equals("walk") || flight.equals("none") ? Habitat.LAND
                        : Habitat.AIR;
                case MARINE -> Habitat.WATER;
            };
            assertEquals(want, s.habitat(), s.id());
            assertTrue(s.traits().minGroup() >= 1
                    && s.traits().maxGroup() >= s.traits().minGroup(), s.id());
            assertTrue(s.traits().walk() > 0 && s.traits().run() >= s.traits().walk(), s.id());
        }
        assertTrue(b.get("elephant").traits().radius() > b.get("zebra").traits().radius());
        assertTrue(b.get("cat").traits().radius() < b.get("dog").traits().radius() + 1e-9);
    }

    @Test
    void anUndrawnIdIsShownAsItsFallbackAndAnUnshowableOneNotAtAll() throws Exception {
        // A catalog where the kangaroo is not drawn yet (shown as a deer) and the penguin
        // has nothing to stand in for it.
        String json = """
                {"format": "longshot-catalog/1", "entries": [
                 {"id": "deer", "kind": "creature", "drawn": true, "zh": ["鹿"], "en": ["deer"],
                  "recipe": {"family": "quadruped", "bodyLength": 1.6, "legLength": 0.9}},
                 {"id": "kangaroo", "kind": "creature", "drawn": false, "fallback": "deer",
                  "zh": ["袋鼠"], "en": ["kangaroo"], "recipe": {"family": "quadruped"}},
                 {"id": "penguin", "kind": "creature", "drawn": false, "zh": ["企鹅"],
                  "en": ["penguin"], "recipe": {"family": "bird", "flight": "none"}},
                 {"id": "rainbow", "kind": "sky", "drawn": true, "zh": ["彩虹"],
                  "en": ["rainbow"], "recipe": {"family": "sky-event"}}]}
                """;
        Bestiary b = new Bestiary(dev.longshot.catalog.Catalog.read(
                new java.io.ByteArrayInputStream(json.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), "test catalog"));
        assertEquals("deer", b.find("kangaroo").orElseThrow().id());
        assertTrue(b.find("penguin").isEmpty());
        assertTrue(b.find("rainbow").isEmpty());
        // The bundled catalog draws both now, as themselves.
        assertEquals("kangaroo", Bestiary.bundled().find("kangaroo").orElseThrow().id());
        assertEquals("farmer", Bestiary.bundled().find("farmer").orElseThrow().id());
        assertTrue(Bestiary.bundled().find("rainbow").isEmpty());
    }

    @Test
    void walkingBirdsTradesAndTurtlesKeepToTheGroundAndTheWater() {
        Terrain t = new Terrain(11, Setting.GRASSLAND, Water.LAKE);
        Cast cast = Cast.ofIds("chicken", "peacock", "penguin", "kangaroo", "porter", "monk",
                "fisherman", "turtle");
        List<Creatures> frames = run(cast, t, 11, 96);
        Set<String> seen = new java.util.TreeSet<>();
        double fastestBird = 0;
        for (Creatures c : frames) {
            for (Creature m : c.all()) {
                seen.add(m.type().id());
                double x = m.position().x(), z = m.position().z(), y = m.position().y();
                if (m.type().habitat() == Habitat.WATER) {
                    assertEquals(t.waterLevel() - 0.08, y, 1e-6, m.id() + " not at the surface");
                    assertTrue(t.heightAt(x, z) < t.waterLevel(), m.id() + " on dry land");
                } else {
                    assertEquals(Habitat.LAND, m.type().habitat(), m.id());
                    assertEquals(t.heightAt(x, z), y, 1e-6, m.id() + " off the ground");
                }
                if (m.type().family() == Family.BIRD) {
                    fastestBird = StrictMath.max(fastestBird, m.groundSpeed());
                }
            }
        }
        assertTrue(seen.containsAll(List.of("chicken", "peacock", "penguin", "kangaroo",
                "porter", "monk", "fisherman")), "saw " + seen);
        // A walking bird walks: nothing like the 8 m/s a flying one cruises at.
        assertTrue(fastestBird < 4, "walking bird at " + fastestBird + " m/s");
        assertTrue(Bestiary.bundled().get("turtle").traits().walk()
                < Bestiary.bundled().get("dolphin").traits().walk(), "a turtle is slow");
    }

    @Test
    void newSpeciesStayOnTheGroundInTheAirAndAtTheWaterSurface() {
        Terrain t = new Terrain(11, Setting.GRASSLAND, Water.LAKE);
        Cast cast = Cast.ofIds("elephant", "giraffe", "zebra", "crocodile", "child", "flamingo",
                "vulture", "dolphin", "shark");
        List<Creatures> frames = run(cast, t, 11, 72);
        Set<String> seen = new java.util.TreeSet<>();
        for (Creatures c : frames) {
            for (Creature m : c.all()) {
                seen.add(m.type().id());
                double x = m.position().x(), z = m.position().z(), y = m.position().y();
                switch (m.type().habitat()) {
                    case LAND -> assertEquals(t.heightAt(x, z), y, 1e-6,
                            m.id() + " off the ground");
                    case AIR -> assertTrue(y > StrictMath.max(t.heightAt(x, z),
                            t.waterLevel()) + 2, m.id() + " not in the air");
                    case WATER -> {
                        assertEquals(t.waterLevel() - 0.08, y, 1e-6,
                                m.id() + " not at the surface");
                        assertTrue(t.heightAt(x, z) < t.waterLevel(), m.id() + " on dry land");
                    }
                }
            }
        }
        for (String id : List.of("elephant", "giraffe", "zebra", "child", "flamingo", "vulture")) {
            assertTrue(seen.contains(id), id + " never spawned; saw " + seen);
        }
        assertTrue(seen.contains("dolphin") || seen.contains("shark"), "no swimmer: " + seen);
    }

    @Test
    void theCountSizesTheGroup() {
        Terrain t = new Terrain(5, Setting.GRASSLAND, Water.NONE);
        Surroundings s = around(t, 5);
        Cast one = new Cast(List.of(new Cast.Role("zebra", "one", null)), Set.of());
        Cast many = new Cast(List.of(new Cast.Role("zebra", "many", null)), Set.of());
        assertEquals(1, Creatures.NONE.relocate(one, s).all().size());
        int lots = Creatures.NONE.relocate(many, s).all().size();
        assertTrue(lots > Bestiary.bundled().get("zebra").traits().maxGroup(), "many: " + lots);
    }

    @Test
    void aGrazingHerdStandsWhileARunningOneRuns() {
        Terrain t = new Terrain(5, Setting.GRASSLAND, Water.NONE);
        Cast grazing = new Cast(List.of(new Cast.Role("zebra", "group", "graze")), Set.of());
        Cast running = new Cast(List.of(new Cast.Role("zebra", "group", "run")), Set.of());
        Creatures still = run(grazing, t, 5, 96).get(96);
        Creatures fast = run(running, t, 5, 96).get(96);
        double walk = Bestiary.bundled().get("zebra").traits().walk();
        assertFalse(still.all().isEmpty());
        for (Creature c : still.all()) {
            assertTrue(c.groundSpeed() < 0.3, c.id() + " " + c.groundSpeed());
        }
        double mean = fast.all().stream().mapToDouble(Creature::groundSpeed).average().orElse(0);
        assertTrue(mean > walk * 1.5, "running herd at " + mean + " m/s");
    }
}
