package dev.longshot.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line that names the moon shows it, measured from the entity-id buffer: when the shot
 * before turned away from it, the line cuts to a shot with the moon in it.
 */
class MoonInViewTest {
    @Test
    void aLineThatNamesTheMoonAgainShowsIt() {
        List<LineRun.Second> run = LineRun.of(
                "Night falls, the moon rises over the forest",
                "Close-up of a deer by the stream",
                "The moon moves slowly across the night sky");
        assertTrue(run.get(0).share("moon") >= 0.002, "rising " + run.get(0).share("moon"));
        // The close-up looks elsewhere: the moon is out of its frame…
        assertTrue(run.get(1).share("moon") < 0.001, "close-up " + run.get(1).share("moon"));
        // …and back in view when the next line names it.
        assertTrue(run.get(2).share("moon") >= 0.002, "named again " + run.get(2).share("moon"));
    }

    @Test
    void aFramedLineThatNamesTheMoonHangsItInItsStripOfSky() {
        // The hour's Song harbour: the pagoda is framed from above it, looking down.
        List<LineRun.Second> run = LineRun.of(
                "月亮升起,照在平静的海面上",
                "俯拍镜头:夜晚的集市,人们在摊位前走动",
                "远处的宝塔在月光下静静矗立");
        assertTrue(run.get(2).share("pagoda") > 0.005, "pagoda " + run.get(2).share("pagoda"));
        assertTrue(run.get(2).share("moon") >= 0.001, "moonlit " + run.get(2).share("moon"));
    }
}
