package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled examples, with the real memory, world and renderer at default strictness, break
 * no rule and roll nothing back, at the default 24 fps (small frames keep it quick; the
 * frame rate matters: tolerances are per frame).
 */
class NoFalseAlarmTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "lighthouse-coast.txt", "rain-town.txt", "river-journey.json", "vocabulary-tour.txt",
            "wildlife.txt"})
    void bundledExamplesPassEveryRule(String name) throws IOException {
        Storyboard board = StoryboardParser.parse(name,
                Files.readAllBytes(Path.of("..", "examples", name)));
        DirectorConfig config = DirectorConfig.defaults().withSize(320, 180);
        try (Stages stages = Stages.defaults(config)) {
            RunReport r = new Director(config, stages).run(board, new CollectingSink() {
                        @Override
                        public void writeFrame(dev.longshot.render.Frame frame) {
                            // counted by the report; not kept, so memory stays small
                        }
                    },
                    ProgressListener.NONE);
            assertEquals(0, r.detected(), r.violations().toString());
            assertEquals(0, r.rollbacks());
            assertEquals((long) board.totalSeconds() * config.fps(), r.frames());
        }
    }
}
