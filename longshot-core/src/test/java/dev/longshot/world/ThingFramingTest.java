package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.EntityIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Things a line names are framed as creatures are, measured from the renderer's entity-id
 * buffer as {@code longshot shown} measures it: a close-up fills a large part of the frame, a
 * wide shot holds the whole thing, a named thing is never a speck.
 */
class ThingFramingTest {
    private static final EntityIds IDS = EntityIds.bundled();

    @Test
    void closeUpOfAThingFillsALargePartOfTheFrame() {
        List<LineRun.Second> run = LineRun.of("Morning on the coast",
                "Close-up of the lighthouse");
        double share = run.get(1).share("lighthouse");
        assertTrue(share >= 0.15, "lighthouse covers " + share);
    }

    @Test
    void closeUpOfASmallThingFillsALargePartOfTheFrame() {
        List<LineRun.Second> run = LineRun.of("Night in the village",
                "Close-up of a torch");
        double share = run.get(1).share("torch");
        assertTrue(share >= 0.05, "torch covers " + share);
    }

    @Test
    void wideShotHoldsTheWholeThingSmallerThanTheCloseUp() {
        List<LineRun.Second> run = LineRun.of("Morning on the coast",
                "Wide shot of the lighthouse", "Close-up of the lighthouse");
        double wide = run.get(1).share("lighthouse");
        double close = run.get(2).share("lighthouse");
        assertTrue(wide >= 0.002 && wide < close / 2, "wide " + wide + ", close-up " + close);
        int[] box = box(run.get(1).lastIds(), IDS.of("lighthouse"));
        assertTrue(box[0] > 0 && box[1] > 0 && box[2] < LineRun.W - 1 && box[3] < LineRun.H - 1,
                "the whole lighthouse is in frame: " + java.util.Arrays.toString(box));
    }

    @Test
    void namedThingsCoverAtLeastAFifthOfAPercent() {
        List<LineRun.Second> run = LineRun.of("Rain falls on a town in the afternoon",
                "Cars drive down the street",
                "A lighthouse stands on the rocks at the end of the beach");
        assertTrue(run.get(1).share("car") >= 0.002, "cars cover " + run.get(1).share("car"));
        assertTrue(run.get(2).share("rock") >= 0.002, "rocks cover " + run.get(2).share("rock"));
        assertTrue(run.get(2).share("lighthouse") >= 0.002,
                "lighthouse covers " + run.get(2).share("lighthouse"));
    }

    @Test
    void aBridgeOverAHarbourTownsCanalIsOnScreen() {
        // The canal is narrow water under the bridge: over the harbour's open sea the
        // bridge was never built (0.00 % of the frame).
        List<LineRun.Second> run = LineRun.of(
                "Song-dynasty harbour town at dawn, junks at the pier",
                "The arched stone bridge over the canal, a city wall with its gate tower beyond");
        double share = run.get(1).share("bridge");
        assertTrue(share >= 0.002, "the bridge covers " + share);
    }

    @Test
    void torchesLitAlongTheCityWallAreSeenAgainstIt() {
        List<LineRun.Second> run = LineRun.of(
                "Cut to: a medieval castle on the hill at dusk, flags on the towers",
                "Torches are lit along the city wall as night falls");
        LineRun.Second s = run.get(1);
        assertTrue(s.share("torch") >= 0.002, "torches cover " + s.share("torch"));
        int torch = IDS.of("torch"), wall = IDS.of("city-wall");
        int[] ids = s.lastIds();
        int seen = 0, byWall = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != torch) continue;
            seen++;
            int x = i % LineRun.W, y = i / LineRun.W;
            boolean near = false;
            for (int dy = -3; dy <= 3 && !near; dy++) {
                for (int dx = -3; dx <= 3 && !near; dx++) {
                    int xx = x + dx, yy = y + dy;
                    near = xx >= 0 && yy >= 0 && xx < LineRun.W && yy < LineRun.H
                            && ids[yy * LineRun.W + xx] == wall;
                }
            }
            if (near) byWall++;
        }
        // Spread about the camera, they burnt in the square with the wall far behind.
        assertTrue(seen > 0 && byWall >= seen / 2,
                byWall + " of " + seen + " torch pixels by the wall");
    }

    @Test
    void anExtremeWideArmyIsMoreThanASpeck() {
        List<LineRun.Second> run = LineRun.of(
                "Extreme wide shot: an army of soldiers waits in the valley");
        double share = run.get(0).share("soldier") + run.get(0).share("army");
        assertTrue(share >= 0.002, "the army covers " + share);
    }

    @Test
    void framingAThingIsDeterministic() {
        String[] lines = {"Night in the village", "Close-up of a torch",
            "Wide shot of the bridge over the river"};
        List<LineRun.Second> a = LineRun.of(lines);
        List<LineRun.Second> b = LineRun.of(lines);
        for (int s = 0; s < a.size(); s++) {
            assertArrayEquals(a.get(s).lastIds(), b.get(s).lastIds(), "second " + s);
            assertArrayEquals(a.get(s).meanShare(), b.get(s).meanShare(), "second " + s);
        }
    }

    /** {minX, minY, maxX, maxY} of the pixels of entity {@code id}. */
    private static int[] box(int[] ids, int id) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != id) continue;
            int x = i % LineRun.W, y = i / LineRun.W;
            b[0] = Math.min(b[0], x);
            b[1] = Math.min(b[1], y);
            b[2] = Math.max(b[2], x);
            b[3] = Math.max(b[3], y);
        }
        return b;
    }
}
