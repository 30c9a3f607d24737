package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.longshot.director.FaultyWorld.Fault;
import dev.longshot.render.Frame;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the commit window's frames wait does not change the video: a run whose frames are
 * parked in the spill file, through rollbacks, writes exactly the frames of a run that keeps
 * them all in memory, and leaves no file behind.
 */
class ParkedWindowTest {
    private static final String BOARD = "[10s] A deer walks across the grassland at noon\n";
    private static final DirectorConfig CONFIG =
            DirectorConfig.defaults().withSize(96, 54).withFps(6).withRenderThreads(1);
    private static final long FRAME_BYTES = 4L * 96 * 54;

    @TempDir
    Path dir;

    /** A sink that also counts the frames written while a spill file is open. */
    private static final class WatchingSink extends CollectingSink {
        int whileParked;

        @Override
        public void writeFrame(Frame frame) {
            super.writeFrame(frame);
            if (spillFileOpen()) whileParked++;
        }
    }

    private WatchingSink run(WindowMemory memory) throws IOException {
        Storyboard board = StoryboardParser.parse("deer.txt",
                BOARD.getBytes(StandardCharsets.UTF_8));
        WatchingSink sink = new WatchingSink();
        try (Stages defaults = Stages.defaults(CONFIG)) {
            Stages stages = defaults.withWorld(new FaultyWorld(CONFIG.seed(), Fault.TELEPORT, 6));
            RunReport r = new Director(CONFIG, stages).withWindowMemory(memory)
                    .run(board, sink, ProgressListener.NONE);
            assertTrue(r.rollbacks() >= 1, "the fault is rolled back: parked frames are dropped");
        }
        return sink;
    }

    @Test
    void parkedFramesMakeTheSameVideoAsFramesInMemory() throws IOException {
        WatchingSink inMemory = run(new WindowMemory(Long.MAX_VALUE / 2, dir));
        WatchingSink allParked = run(new WindowMemory(0, dir));
        WatchingSink someParked = run(new WindowMemory(5 * FRAME_BYTES, dir));
        assertEquals(0, inMemory.whileParked);
        for (WatchingSink parked : new WatchingSink[] {allParked, someParked}) {
            assertEquals(inMemory.frames.size(), parked.frames.size());
            for (int i = 0; i < inMemory.frames.size(); i++) {
                Frame a = inMemory.frames.get(i);
                Frame b = parked.frames.get(i);
                assertEquals(a.time(), b.time());
                assertEquals(a.shown(), b.shown());
                assertArrayEquals(a.rgb(), b.rgb(), "frame " + i);
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no spill file is left");
        }
    }

    @Test
    void theSpillFileIsOpenOnlyWhileFramesAreParked() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux: open files are listed");
        assertEquals(0, run(new WindowMemory(Long.MAX_VALUE / 2, dir)).whileParked);
        assertTrue(run(new WindowMemory(0, dir)).whileParked > 0, "parked frames were written");
        assertTrue(!spillFileOpen(), "closed when the run ends");
    }

    /** Whether this process has a spill file open (read from /proc on Linux). */
    private static boolean spillFileOpen() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) return false;
        try (Stream<Path> s = Files.list(fds)) {
            return s.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().contains("longshot-held-");
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }
}
