package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.EntityIds;
import dev.longshot.world.scenery.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a line names is on screen, measured from the renderer's entity-id buffer as
 * {@code longshot shown} measures it: a castle in its medieval style, an army of many
 * soldiers in ranks, a galloping knight on a horse, a named bird big enough to see.
 */
class NamedThingsOnScreenTest {
    private static final EntityIds IDS = EntityIds.bundled();

    @Test
    void castleIsDrawnInMedievalStyle() {
        List<LineRun.Second> run = LineRun.of(
                "A castle stands on a hill in the middle ages",
                "城堡矗立在山丘上");
        for (LineRun.Second s : run) {
            assertTrue(s.share("castle") > 0.01, "castle covers " + s.share("castle"));
            List<Prop> castles = s.last().terrain().scenery().props().stream()
                    .filter(p -> p.thing().equals("castle")).toList();
            assertEquals(1, castles.size());
            assertEquals("medieval-european", castles.get(0).style());
        }
        // A medieval old city is a castle town, not a Greek ruin.
        assertEquals(0, run.get(0).share("column"), "greek columns");
        assertEquals(0, run.get(0).share("temple"), "greek temples");
    }

    @Test
    void aThingNamedLaterInThePlaceIsBuiltAndShown() {
        List<LineRun.Second> run = LineRun.of(
                "A knight rides across the meadow",
                "A castle stands on the hill");
        assertTrue(run.get(1).share("castle") > 0.01, "castle covers " + run.get(1).share("castle"));
    }

    @Test
    void armyShowsManySoldiers() {
        List<LineRun.Second> run = LineRun.of("A regiment marches across the plain");
        LineRun.Second s = run.get(0);
        List<EntityState> army = of(s.seen(), "army#");
        assertTrue(army.size() >= 20 && army.size() <= 40, army.size() + " soldiers");
        // In ranks: many soldiers stand abreast, not in one long file.
        assertTrue(s.share("army") > 0.005, "army covers " + s.share("army"));
        List<LineRun.Second> again = LineRun.of("A regiment marches across the plain");
        assertEquals(army, of(again.get(0).seen(), "army#"), "deterministic");
        List<LineRun.Second> herd = LineRun.of("Hundreds of horses run across the plain",
                "A flock of birds flies over the meadow");
        int horses = of(herd.get(0).seen(), "horse#").size();
        assertTrue(horses >= 10 && horses <= 40, horses + " horses");
        List<EntityState> flock = of(herd.get(1).seen(), "bird#");
        assertTrue(flock.size() >= 5, "a flock");
        for (EntityState b : flock) assertFalse(b.groundBound(), "birds fly");
    }

    @Test
    void soldiersWhoRideAreDrawnAsTheCatalogsMountedKnights() {
        List<SubjectPose> riders = new ArrayList<>();
        LineRun.of(spec -> {
            for (SubjectPose p : spec.subjects()) if (p.id().startsWith("soldier#")) riders.add(p);
        }, "The knights ride out across the plain");
        assertFalse(riders.isEmpty(), "the knights");
        SubjectPose one = riders.get(riders.size() - 1);
        assertEquals("horse", one.type().mountId(), "on horseback");
        assertEquals("spear", one.type().recipe().text("weapon", ""), "with the knight's lance");
    }

    @Test
    void gallopingKnightRidesAHorse() {
        List<SubjectPose> knights = new ArrayList<>();
        List<LineRun.Second> run = LineRun.of(spec -> {
            for (SubjectPose p : spec.subjects()) if (p.id().startsWith("knight#")) knights.add(p);
        }, "A mounted knight gallops across the plain",
                "A mounted knight gallops across the plain",
                "A mounted knight gallops across the plain");
        assertFalse(knights.isEmpty(), "a knight");
        SubjectPose last = knights.get(knights.size() - 1);
        assertEquals("horse", last.type().mountId(), "rides a horse");
        double fastest = knights.stream().mapToDouble(SubjectPose::speed).max().orElse(0);
        assertTrue(fastest > 1.5 * last.type().mount().traits().walk(),
                "at a gallop: " + fastest + " m/s");
        LineRun.Second s = run.get(2);
        assertTrue(s.share("knight") > 0.001 && s.share("horse") > 0.001,
                "knight " + s.share("knight") + ", horse " + s.share("horse"));
        // The rider sits on the horse: the knight's pixels are above the horse's.
        assertTrue(meanRow(s.lastIds(), IDS.of("knight")) < meanRow(s.lastIds(), IDS.of("horse")));
    }

    @Test
    void namedBirdCoversHalfAPercent() {
        List<LineRun.Second> run = LineRun.of(
                "Dusk in the forest, deer rest by the stream",
                "An owl sits on a branch",
                "An eagle circles over the valley");
        assertTrue(run.get(1).share("owl") >= 0.005, "owl covers " + run.get(1).share("owl"));
        assertTrue(run.get(2).share("eagle") >= 0.005,
                "eagle covers " + run.get(2).share("eagle"));
    }

    @Test
    void aFlockOverOpenCountryCoversHalfAPercent() {
        // Vultures, gulls and crows high over open ground were thin strokes under 0.5 %.
        List<LineRun.Second> run = LineRun.of(
                "Vultures circle over the savanna.",
                "Seagulls wheel over the coast.",
                "Crows fly over the farmland.");
        String[] ids = {"vulture", "seagull", "crow"};
        for (int i = 0; i < ids.length; i++) {
            assertTrue(run.get(i).share(ids[i]) >= 0.005,
                    ids[i] + " covers " + run.get(i).share(ids[i]));
        }
    }

    private static List<EntityState> of(WorldObservation seen, String prefix) {
        return seen.entities().stream().filter(e -> e.id().startsWith(prefix)).toList();
    }

    private static double meanRow(int[] ids, int id) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                sum += i / LineRun.W;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
