package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.longshot.world.FrameSpec;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The contract can fail: generators with the classic mistakes (a shared counter in the
 * picture, pixels that depend on the thread count, a close that closes nothing and a
 * reused pixel buffer) are run through its checks, and exactly those checks fail.
 */
class BrokenGeneratorsFailTheContractTest {
    /** Flat grey whose level comes from the spec and, wrongly, from what else it drew. */
    private static final class Flaky implements FrameGenerator {
        static final AtomicInteger RENDERED = new AtomicInteger();
        final int width, height, threads;
        final boolean counts, byThreads, leaks;
        final int[] shared;
        boolean closed;

        Flaky(int width, int height, int threads, boolean counts, boolean byThreads,
                boolean leaks) {
            if (width < 1 || height < 1) throw new IllegalArgumentException(width + "x" + height);
            if (threads < 1) throw new IllegalArgumentException("threads " + threads);
            this.width = width;
            this.height = height;
            this.threads = threads;
            this.counts = counts;
            this.byThreads = byThreads;
            this.leaks = leaks;
            this.shared = new int[width * height];
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public Frame render(FrameSpec spec) {
            Objects.requireNonNull(spec, "spec");
            if (closed && !leaks) throw new IllegalStateException("closed");
            int level = (int) (spec.time().frame() * 7);
            if (counts) level += RENDERED.incrementAndGet();
            if (byThreads) level += threads;
            int[] rgb = leaks ? shared : new int[width * height];
            Arrays.fill(rgb, (level & 255) * 0x010101);
            return new Frame(width, height, rgb, spec.time());
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** The contract over one kind of broken generator (anonymous: JUnit runs it only here). */
    private static FrameGeneratorContract checks(boolean counts, boolean byThreads,
            boolean leaks) {
        return new FrameGeneratorContract() {
            @Override
            protected FrameGenerator create(int width, int height, int threads) {
                return new Flaky(width, height, threads, counts, byThreads, leaks);
            }
        };
    }

    @Test
    void aSharedCounterInThePictureFailsDeterminism() {
        FrameGeneratorContract c = checks(true, false, false);
        assertThrows(AssertionFailedError.class, c::sameSpecGivesIdenticalPixelsInNewArrays);
        assertThrows(AssertionFailedError.class, c::freshInstancesGiveIdenticalPixels);
        assertDoesNotThrow(c::closeIsIdempotentAndRenderingAfterCloseFails);
    }

    @Test
    void pixelsThatDependOnTheThreadCountFailTheThreadCheck() {
        FrameGeneratorContract c = checks(false, true, false);
        assertThrows(AssertionFailedError.class, c::threadCountDoesNotChangePixels);
        assertDoesNotThrow(c::sameSpecGivesIdenticalPixelsInNewArrays);
        assertDoesNotThrow(c::freshInstancesGiveIdenticalPixels);
    }

    @Test
    void aCloseThatClosesNothingAndAReusedBufferFail() {
        FrameGeneratorContract c = checks(false, false, true);
        assertThrows(AssertionFailedError.class, c::closeIsIdempotentAndRenderingAfterCloseFails);
        assertThrows(AssertionFailedError.class, c::sameSpecGivesIdenticalPixelsInNewArrays);
        assertDoesNotThrow(c::threadCountDoesNotChangePixels);
    }

    @Test
    void aSoundGeneratorOfTheSameShapePassesEveryCheck() {
        FrameGeneratorContract c = checks(false, false, false);
        assertDoesNotThrow(c::reportsItsSizeAndRendersFramesOfThatSizeAndTime);
        assertDoesNotThrow(c::sameSpecGivesIdenticalPixelsInNewArrays);
        assertDoesNotThrow(c::freshInstancesGiveIdenticalPixels);
        assertDoesNotThrow(c::threadCountDoesNotChangePixels);
        assertDoesNotThrow(c::closeIsIdempotentAndRenderingAfterCloseFails);
        assertDoesNotThrow(c::nullSpecIsRejectedWithItsName);
        assertDoesNotThrow(c::badSizeOrThreadCountIsRejectedWithTheValue);
    }
}
