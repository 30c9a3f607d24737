package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.Frame;
import dev.longshot.world.Timecode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class QueuedSinkTest extends VideoSinkContract {
    private CollectingSink target;

    @Override
    protected VideoSink open(VideoFormat format) throws IOException {
        target = new CollectingSink();
        CollectingSink made = target;
        return QueuedSink.opening(() -> made, format);
    }

    @Override
    protected boolean published() {
        return target.finished;
    }

    private static Frame tiny(int i) {
        return new Frame(2, 2, new int[4], new Timecode(i, 24));
    }

    @Test
    void framesArriveInOrderAndFinishReachesTheTarget() throws IOException {
        CollectingSink target = new CollectingSink();
        try (QueuedSink sink = new QueuedSink(() -> target, 3)) {
            for (int i = 0; i < 100; i++) sink.writeFrame(tiny(i));
            sink.writeAudio(new short[10]);
            sink.finish();
        }
        assertEquals(100, target.frames.size());
        for (int i = 0; i < 100; i++) assertEquals(i, target.frames.get(i).time().frame());
        assertEquals(10, target.audioSamples);
        assertTrue(target.finished && target.closed);
    }

    @Test
    void anEncoderFailureReachesTheProducer() {
        VideoSink failing = new CollectingSink() {
            @Override
            public void writeFrame(Frame frame) {
                throw new IllegalStateException("disk on fire");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try (QueuedSink sink = new QueuedSink(() -> failing, 2)) {
                for (int i = 0; i < 50; i++) sink.writeFrame(tiny(i));
                sink.finish();
            }
        });
        assertEquals("disk on fire", e.getMessage());
    }

    @Test
    void closingUnfinishedDoesNotFinishTheTarget() throws IOException {
        CollectingSink target = new CollectingSink();
        try (QueuedSink sink = new QueuedSink(() -> target, 2)) {
            sink.writeFrame(tiny(0));
        }
        assertTrue(target.closed);
        assertEquals(false, target.finished);
    }

    @Test
    void theQueueHoldsOneSecondOfSmallFramesButABoundedAmountOfLargeOnes() throws IOException {
        try (QueuedSink small = QueuedSink.opening(CollectingSink::new,
                new VideoFormat(1280, 720, 24, VideoCodec.H264, 48_000))) {
            assertEquals(24, small.capacity());
        }
        try (QueuedSink large = QueuedSink.opening(CollectingSink::new,
                new VideoFormat(7680, 4320, 60, VideoCodec.H264, 48_000))) {
            assertEquals(2, large.capacity()); // 127 MiB a frame: two fit the 256-MiB budget
        }
    }

    @Test
    void oneThreadOpensWritesFinishesAndClosesTheTarget() throws IOException {
        java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CollectingSink target = new CollectingSink() {
            @Override
            public void writeFrame(Frame frame) {
                threads.add(Thread.currentThread());
                super.writeFrame(frame);
            }

            @Override
            public void finish() {
                threads.add(Thread.currentThread());
                super.finish();
            }

            @Override
            public void close() {
                threads.add(Thread.currentThread());
                super.close();
            }
        };
        try (QueuedSink sink = new QueuedSink(() -> {
            threads.add(Thread.currentThread());
            return target;
        }, 2)) {
            for (int i = 0; i < 20; i++) sink.writeFrame(tiny(i));
            sink.finish();
        }
        assertEquals(1, threads.size(), "threads that touched the target: " + threads);
        assertTrue(threads.iterator().next() != Thread.currentThread());
        assertTrue(target.finished && target.closed);
    }

    @Test
    void aSinkThatCannotOpenFailsTheConstructorWithItsReason() {
        IOException e = assertThrows(IOException.class,
                () -> new QueuedSink(() -> {
                    throw new IOException("out.mp4: permission denied");
                }, 2));
        assertEquals("out.mp4: permission denied", e.getMessage());
    }
}
