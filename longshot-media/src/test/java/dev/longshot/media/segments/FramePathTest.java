package dev.longshot.media.segments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.Director;
import dev.longshot.director.DirectorConfig;
import dev.longshot.director.GenerationLog;
import dev.longshot.director.ProgressListener;
import dev.longshot.director.RollbackJournal;
import dev.longshot.director.RunProvenance;
import dev.longshot.director.RunReport;
import dev.longshot.director.SegmentRun;
import dev.longshot.director.Stages;
import dev.longshot.director.ValidationConfig;
import dev.longshot.director.VideoSink;
import dev.longshot.media.handoff.BurnInSink;
import dev.longshot.media.provenance.LabelMode;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Burn-in in segments: a segment made from its start (the pass without pixels before it)
 * burns exactly the text the single pass burns there — its true timecode, and shot numbers
 * counted from the shots that began before it.
 */
class FramePathTest {
    private static final int FPS = 6;
    private static final int SEGMENT = 2;
    private static final DirectorConfig CONFIG =
            DirectorConfig.defaults().withSize(192, 108).withFps(FPS).withRenderThreads(1);
    private static final byte[] BOARD_BYTES = """
            晨光中的森林,鹿群在溪边饮水
            [2s] 镜头跟随小鹿抬头,展现天空中掠过的鹰
            [2s] A fox runs across the meadow at dusk
            [2s] 雨中的山谷,镜头缓缓推进
            """.getBytes(StandardCharsets.UTF_8);
    private static final Storyboard BOARD = StoryboardParser.parse("b.txt", BOARD_BYTES);

    /** Frames written, and where the run said it started. */
    record Made(List<int[]> frames, List<GenerationLog.Reached> reached) {}

    @Test
    void segmentBurnsTheSingleRunsTimecodeAndShotNumbers() throws IOException {
        Made single = singlePass();
        assertEquals(List.of(new GenerationLog.Reached(0, 0)), single.reached());
        for (int start : new int[] {2, 4}) {
            Made part = segmented(start);
            int shots = part.reached().get(0).shotsBefore();
            assertTrue(shots >= start / SEGMENT, "a cut at every line before " + start + ": "
                    + shots);
            int skip = start * FPS;
            assertEquals(single.frames().size() - skip, part.frames().size());
            for (int i = 0; i < part.frames().size(); i++) {
                assertArrayEquals(single.frames().get(skip + i), part.frames().get(i),
                        "from second " + start + ", frame " + (skip + i));
            }
        }
    }

    @Test
    void withoutBurnInThePathIsTheSinkItself() {
        VideoSink sink = VideoSink.framesOnly(f -> { });
        FramePath p = FramePath.of(video(false), sink, GenerationLog.NONE);
        assertEquals(sink, p.frames());
        assertEquals(GenerationLog.NONE, p.log());
    }

    private static Made singlePass() throws IOException {
        List<int[]> frames = new ArrayList<>();
        List<GenerationLog.Reached> reached = new ArrayList<>();
        try (Stages stages = Stages.defaults(CONFIG)) {
            BurnInSink burn = new BurnInSink(VideoSink.framesOnly(f -> frames.add(f.rgb())));
            new Director(CONFIG, stages).run(BOARD, burn, ProgressListener.NONE,
                    both(burn, reached));
        }
        return new Made(frames, reached);
    }

    private static Made segmented(int start) throws IOException {
        List<int[]> frames = new ArrayList<>();
        List<GenerationLog.Reached> reached = new ArrayList<>();
        try (Stages stages = Stages.defaults(CONFIG)) {
            FramePath path = FramePath.of(video(true),
                    VideoSink.framesOnly(f -> frames.add(f.rgb())), recording(reached));
            SegmentRun run = new SegmentRun(SEGMENT, start, BOARD.totalSeconds(),
                    new RollbackJournal(), (s, j) -> { });
            RunReport r = new Director(CONFIG, stages).run(BOARD, path.frames(),
                    ProgressListener.NONE, path.log(), run);
            assertEquals(0, r.rollbacks(), "no rollback: the start's journal is empty");
        }
        return new Made(frames, reached);
    }

    private static SegmentedVideo video(boolean burnIn) {
        return new SegmentedVideo(BOARD, BOARD_BYTES, CONFIG, ValidationConfig.defaults(),
                LabelMode.BOTH, burnIn, false, -16, SEGMENT, new RunProvenance.Build("t", "n"));
    }

    private static GenerationLog both(GenerationLog a, List<GenerationLog.Reached> reached) {
        return GenerationLog.both(a, recording(reached));
    }

    private static GenerationLog recording(List<GenerationLog.Reached> reached) {
        return new GenerationLog() {
            @Override
            public void begin(Header header) {}

            @Override
            public void event(Event event) {
                if (event instanceof Reached r) reached.add(r);
            }

            @Override
            public void end(RunReport report) {}
        };
    }
}
