package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link VideoSink#framesOnly} under the sink contract: it writes no file, so never publishes. */
class FramesOnlySinkTest extends VideoSinkContract {
    private final List<Frame> seen = new ArrayList<>();

    @Override
    protected VideoSink open(VideoFormat format) {
        return VideoSink.framesOnly(seen::add);
    }

    @Override
    protected boolean published() {
        return false;
    }

    @Override
    protected boolean publishes() {
        return false;
    }

    @Test
    void everyFrameReachesTheConsumerInOrder() throws IOException {
        try (VideoSink sink = open(format())) {
            for (int i = 0; i < 5; i++) sink.writeFrame(frame(i));
            sink.writeAudio(new short[100]);
            sink.finish();
        }
        assertEquals(5, seen.size());
        for (int i = 0; i < 5; i++) assertEquals(frame(i).time(), seen.get(i).time());
    }
}
