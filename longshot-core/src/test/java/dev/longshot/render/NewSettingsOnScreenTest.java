package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.memory.CarryOverMemory;
import dev.longshot.memory.Planner;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.StoryReader;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import dev.longshot.world.Atmosphere;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Timecode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the newer settings put on screen, measured as {@code longshot shown} measures it: each
 * catalog entry's share of the frame in the entity-id buffer, over the first second of a line
 * read by the story reader and built by the default world.
 */
class NewSettingsOnScreenTest {
    private static final EntityIds IDS = EntityIds.bundled();
    private static final int FPS = 24;

    private static ScenePlan plan(String line) {
        List<StoryLine> story = new ArrayList<>(List.of(new StoryLine(1, 0, 1, line)));
        return new Planner(new Storyboard("t", story, ""), StoryReader.bundled(),
                new CarryOverMemory()).planAll().get(0);
    }

    /** Frames 0, 8 and 16 of the line's second, as the default world steps through it. */
    private static List<FrameSpec> second(String line) {
        ScenePlan p = plan(line);
        DefaultWorld w = new DefaultWorld(0);
        List<FrameSpec> out = new ArrayList<>();
        for (int f = 0; f < FPS; f++) {
            FrameSpec s = w.step(p, new Timecode(f, FPS));
            if (f % 8 == 0) out.add(s);
        }
        return out;
    }

    /** Mean share of the frame entry {@code id} covers over {@code frames}. */
    private static double shown(List<FrameSpec> frames, String id) {
        double sum = 0;
        try (SoftwareRenderer r = new SoftwareRenderer(320, 180, 2)) {
            for (FrameSpec s : frames) sum += r.render(s).shown().share(IDS.of(id));
        }
        return sum / frames.size();
    }

    @Test
    void savannaElephantsAreInView() {
        List<FrameSpec> f = second("A herd of elephants crosses the savanna under acacia trees");
        double elephants = shown(f, "elephant");
        assertTrue(elephants > 0.005, "elephants " + elephants);
        assertTrue(shown(f, "acacia") > 0.005, "acacias");
    }

    @Test
    void harbourShowsBoatsOnTheWater() {
        List<FrameSpec> f = second("A Song dynasty harbour at noon, junks and boats on the water");
        double junks = shown(f, "junk"), boats = shown(f, "boat");
        assertTrue(junks > 0.002, "junks " + junks);
        assertTrue(boats > 0.002, "boats " + boats);
        // The camera stands on the shore above the water, not down among the ripples.
        for (FrameSpec s : f) {
            double eye = s.camera().position().y();
            assertTrue(eye > s.terrain().waterLevel() + 1.5, "eye " + eye);
        }
    }

    @Test
    void farmlandShowsCrops() {
        double crops = shown(second("Farmland with fields and fences, cows graze"), "crops");
        assertTrue(crops > 0.03, "crops " + crops);
    }

    @Test
    void aTownStreetIsLinedWithHousesFromItsFirstMetres() {
        List<FrameSpec> f = second("A market town, people walk the street");
        double houses = shown(f, "house") + shown(f, "shopfront");
        assertTrue(houses > 0.05, "houses " + houses);
    }

    @Test
    void dustWeatherHasParticles() {
        FrameSpec s = second("A dust storm blows across the desert").get(2);
        assertTrue(s.lighting().atmosphere().dust() > 0.5, "dust in the air");
        boolean[] now = grains(s);
        boolean[] later = grains(at(s, s.time().frame() + 12, s.lighting()));
        int count = 0, moved = 0;
        for (int i = 0; i < now.length; i++) {
            if (now[i]) count++;
            if (now[i] != later[i]) moved++;
        }
        // Grains over more than 1 % of the frame, and half a second on the wind moved them.
        assertTrue(count > now.length / 100, "pixels with a grain " + count);
        assertTrue(moved > count / 2, "pixels whose grain moved " + moved + " of " + count);
    }

    /** The pixels where the frame differs from the same frame with no dust in the air. */
    private static boolean[] grains(FrameSpec s) {
        Lighting l = s.lighting();
        Atmosphere air = l.atmosphere();
        Atmosphere still = new Atmosphere(air.toMoon(), air.night(), air.stars(), air.clouds(),
                air.rain(), air.snow(), air.flash(), air.seed(), air.events(), 0);
        Lighting calm = new Lighting(l.toSun(), l.sunColor(), l.sunIntensity(), l.ambient(),
                l.skyZenith(), l.skyHorizon(), l.fogColor(), l.fogDensity(), still);
        try (SoftwareRenderer r = new SoftwareRenderer(320, 180, 2)) {
            int[] dusty = r.render(s).rgb().clone();
            int[] clear = r.render(at(s, s.time().frame(), calm)).rgb();
            boolean[] out = new boolean[dusty.length];
            for (int i = 0; i < dusty.length; i++) out[i] = dusty[i] != clear[i];
            return out;
        }
    }

    private static FrameSpec at(FrameSpec s, long frame, Lighting light) {
        return new FrameSpec(new Timecode(frame, FPS), s.plan(), s.terrain(), s.camera(), light,
                s.cut(), s.subjects(), s.change());
    }
}
