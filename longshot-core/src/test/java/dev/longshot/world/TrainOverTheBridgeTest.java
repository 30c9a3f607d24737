package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.VehicleMotion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The train rumbles over the bridge above" in a city at night shows the viaduct over the
 * street and the train on it, measured from the entity-id buffer as {@code longshot shown}
 * measures it; a train on the plain is on screen; and no frame's camera is inside the
 * viaduct or the train.
 */
class TrainOverTheBridgeTest {
    private static final String[] TOKYO = {
        "Night in Tokyo. Neon signs glow over a crowded street.",
        "It starts to rain; umbrellas open everywhere.",
        "The train rumbles over the bridge above.",
        "Aerial shot of the city lights."};

    @Test
    void theTrainRumblesOverTheBridgeAboveTheCityStreet() {
        List<String> inside = new ArrayList<>();
        List<LineRun.Second> run = LineRun.of(spec -> inside.addAll(inside(spec)), TOKYO);
        LineRun.Second line = run.get(2);
        assertTrue(line.share("bridge") >= 0.005, "bridge covers " + line.share("bridge"));
        assertTrue(line.share("train") >= 0.005, "train covers " + line.share("train"));
        assertTrue(inside.isEmpty(), "camera inside " + inside);
    }

    @Test
    void aSteamTrainCrossingThePlainIsOnScreen() {
        List<String> inside = new ArrayList<>();
        List<LineRun.Second> run = LineRun.of(spec -> inside.addAll(inside(spec)),
                "A steam train crosses the plain.", "火车从高架桥上驶过");
        // A steam train is its own entry; 火车 after it is that same train.
        for (LineRun.Second s : run) {
            assertTrue(s.share("steam-train") >= 0.005, "train covers " + s.share("steam-train"));
        }
        assertTrue(run.get(1).share("bridge") >= 0.005, "viaduct " + run.get(1).share("bridge"));
        assertTrue(inside.isEmpty(), "camera inside " + inside);
    }

    /** The viaduct decks and trains whose box holds the frame's eye. */
    private static List<String> inside(FrameSpec spec) {
        Vec3 eye = spec.camera().position();
        List<String> out = new ArrayList<>();
        for (Prop p : spec.terrain().scenery().props()) {
            boolean span = p.kind() == PropKind.STRUCTURE && p.thing().equals("bridge");
            boolean train = p.thing().equals("train") || p.thing().equals("steam-train");
            if (!span && !train) continue;
            // A span's deck and parapets (the street under it is open); a train's body.
            double x = p.x(), y = p.y() + p.height() - 2, z = p.z(), tall = 3;
            if (train) {
                tall = p.height();
                VehicleMotion.Pose at = VehicleMotion.at(p, spec.terrain(), spec.worldSeconds());
                x = at.x();
                y = at.y();
                z = at.z();
            }
            // Both run east–west: their length along x, their width along z.
            if (Math.abs(eye.x() - x) < p.depth() / 2 && Math.abs(eye.z() - z) < p.width() / 2
                    && eye.y() > y && eye.y() < y + tall) {
                out.add(p.thing() + "#" + p.id() + " at " + spec.time());
            }
        }
        return out;
    }
}
