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
 * no rule and roll nothing back (small and at 6 fps to keep it quick).
 */
class NoFalseAlarmTest {
    @ParameterizedTest
    @ValueSource(strings = {"lighthouse-coast.txt", "river-journey.json", "wildlife.txt"})
    void bundledExamplesPassEveryRule(String name) throws IOException {
        Storyboard board = StoryboardParser.parse(name,
                Files.readAllBytes(Path.of("..", "examples", name)));
        DirectorConfig config = DirectorConfig.defaults().withSize(128, 72).withFps(6);
        try (Stages stages = Stages.defaults(config)) {
            RunReport r = new Director(config, stages).run(board, new CollectingSink(),
                    ProgressListener.NONE);
            assertEquals(0, r.detected(), r.violations().toString());
            assertEquals(0, r.rollbacks());
            assertEquals((long) board.totalSeconds() * 6, r.frames());
        }
    }
}
