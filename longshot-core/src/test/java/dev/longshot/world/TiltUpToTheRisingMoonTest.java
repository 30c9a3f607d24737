package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Tilt up as a full moon rises over the castle walls": the moon hangs where the tilt ends up
 * looking, so the line shows it (it hung where the tilt started and left the frame as the
 * camera turned to the castle and its lens lengthened).
 */
class TiltUpToTheRisingMoonTest {
    @Test
    void aTiltUpAsTheMoonRisesEndsOnTheMoon() {
        List<LineRun.Second> run = LineRun.held(f -> { }, new int[] {2, 3},
                "Night falls over the castle; soldiers stand guard on the walls.",
                "Tilt up as a full moon rises over the castle walls.");
        double sum = 0;
        StringBuilder all = new StringBuilder();
        for (int s = 2; s < 5; s++) {
            sum += run.get(s).share("moon");
            all.append(' ').append(run.get(s).share("moon"));
        }
        // As `longshot shown` judges the line: its mean share, and its end on the moon.
        assertTrue(sum / 3 >= 0.002, "moon per second:" + all);
        assertTrue(run.get(4).share("moon") >= 0.002, "moon per second:" + all);
    }
}
