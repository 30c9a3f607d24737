package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.creature.Cast;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.SceneryRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The world builds what the plan's catalog ids ask for, read from real storyboard lines. */
class PlanIdsInTheWorldTest {
    static List<ScenePlan> plans(String... lines) {
        List<StoryLine> story = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) story.add(new StoryLine(i + 1, i, 1, lines[i]));
        return new Planner(new Storyboard("t", story, ""), StoryReader.bundled(),
                new CarryOverMemory()).planAll();
    }

    private static long things(Terrain t, String id) {
        return t.scenery().props().stream().filter(p -> p.thing().equals(id)).count();
    }

    @Test
    void aSongHarbourLineGivesAStyledHarbourWithJunksAndLanterns() {
        ScenePlan p = plans("宋代港口,码头上停着几艘木帆船,灯笼高挂").get(0);
        SceneryRequest r = SceneryRequest.of(p);
        assertEquals("harbour", r.setting());
        assertEquals("chinese-classical", r.style());
        assertTrue(r.things().containsAll(List.of("junk", "lantern")), r.things().toString());
        FrameSpec s = new DefaultWorld(3).step(p, new Timecode(0, 24));
        Terrain t = s.terrain();
        assertEquals("harbour", t.request().setting());
        assertTrue(things(t, "quay") > 5, "a quay");
        assertTrue(things(t, "junk") >= 1, "junks on the water");
        assertTrue(things(t, "lantern") >= 4, "lanterns");
        List<Prop> houses = t.scenery().props().stream()
                .filter(q -> q.kind().building()).toList();
        assertTrue(!houses.isEmpty() && houses.stream()
                .allMatch(q -> "chinese-classical".equals(q.style())), "houses in the style");
    }

    @Test
    void anElephantHerdCrossesTheSavannaAtAWaterhole() {
        ScenePlan p = plans("A herd of elephants crosses the savanna at a waterhole").get(0);
        Cast cast = Cast.of(p);
        assertEquals(1, cast.roles().size());
        assertEquals("elephant", cast.roles().get(0).id());
        assertEquals("group", cast.roles().get(0).count());
        DefaultWorld w = new DefaultWorld(5);
        FrameSpec s = null;
        for (int f = 0; f < 24; f++) s = w.step(p, new Timecode(f, 24));
        Terrain t = s.terrain();
        assertEquals("savanna", t.request().setting());
        assertTrue(t.request().pond(), "the waterhole is a pond");
        assertTrue(things(t, "acacia") > 20, "acacias");
        long elephants = s.subjects().stream().filter(q -> q.id().startsWith("elephant#"))
                .count();
        assertTrue(elephants >= 3, "a herd of elephants: " + s.subjects());
    }
}
