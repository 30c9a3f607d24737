package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.render.Frame;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DirectorTest {
    private static final String BOARD = """
            晨光中的森林,鹿群在溪边饮水
            镜头跟随小鹿抬头,展现天空中掠过的鹰
            [2s] 鹰的视角俯冲,飞进山谷
            Dusk over the desert dunes
            """;

    private static Storyboard board() {
        return StoryboardParser.parse("t.txt", BOARD.getBytes(StandardCharsets.UTF_8));
    }

    private static CollectingSink run(DirectorConfig config) throws IOException {
        CollectingSink sink = new CollectingSink();
        try (Stages stages = Stages.defaults(config)) {
            RunReport report = new Director(config, stages).run(board(), sink,
                    ProgressListener.NONE);
            assertEquals(5, report.seconds());
            assertEquals(0, report.violationCount(), report.violations().toString());
            assertEquals(3, report.scenes(), "forest, valley, desert");
        }
        return sink;
    }

    @Test
    void everySecondBecomesFpsFramesAndOneSecondOfSound() throws IOException {
        DirectorConfig config = DirectorConfig.defaults().withSize(64, 36).withFps(12);
        CollectingSink sink = run(config);
        assertEquals(5 * 12, sink.frames.size());
        assertEquals(5L * Stages.AUDIO_SAMPLE_RATE * 2, sink.audioSamples); // stereo
        for (int i = 0; i < sink.frames.size(); i++) {
            assertEquals(i, sink.frames.get(i).time().frame(), "frames arrive in order");
        }
    }

    @Test
    void sameSeedGivesIdenticalFramesWhateverTheThreadCount() throws IOException {
        DirectorConfig one = DirectorConfig.defaults().withSize(96, 54).withFps(6)
                .withRenderThreads(1);
        CollectingSink a = run(one);
        CollectingSink b = run(one.withRenderThreads(3));
        assertEquals(a.frames.size(), b.frames.size());
        for (int i = 0; i < a.frames.size(); i++) {
            Frame fa = a.frames.get(i);
            assertArrayEquals(fa.rgb(), b.frames.get(i).rgb(), "frame " + i);
        }
    }
}
