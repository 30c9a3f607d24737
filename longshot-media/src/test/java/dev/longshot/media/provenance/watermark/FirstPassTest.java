package dev.longshot.media.provenance.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.render.Frame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FirstPassTest {
    /** Counts how often the video is opened, i.e. decoded. */
    private static WatermarkDetector.Opener counted(List<Frame> frames, AtomicInteger opens) {
        WatermarkDetector.Opener inner = WatermarkRoundTripTest.opener(frames);
        return () -> {
            opens.incrementAndGet();
            return inner.open();
        };
    }

    @Test
    void keptFramesAreReadWithoutDecodingAgainAndEqualDecodedOnes() throws IOException {
        List<Frame> frames = WatermarkRoundTripTest.video(640, 360, 24, 30, 48, true);
        AtomicInteger opens = new AtomicInteger();
        try (FirstPass first = FirstPass.read(counted(frames, opens), 40)) {
            assertEquals(40, first.frames());
            assertTrue(first.keeps());
            float[][] kept = all(first.again());
            assertEquals(1, opens.get(), "kept frames need no second decode");
            float[][] decoded = all(first.again()); // the kept ones are handed out: decodes
            assertEquals(2, opens.get());
            assertEquals(40, kept.length);
            for (int i = 0; i < kept.length; i++) assertArrayEquals(decoded[i], kept[i]);
        }
    }

    @Test
    void detectionDecodesOnceAndMatchesReadingsFromDecodedFrames() throws IOException {
        List<Frame> frames = WatermarkRoundTripTest.video(640, 360, 24, 24 * 7 + 5, 24 * 10,
                true);
        AtomicInteger opens = new AtomicInteger();
        Detection d = WatermarkDetector.detect(counted(frames, opens), 24, 60);
        assertEquals(1, opens.get());
        assertTrue(d.found() && d.timeFound(), d.toString());
        // the readings the second pass would take from a fresh decode are the same numbers
        GridSearch.Hit hit;
        FrameReadings fromMemory;
        FrameReadings decodedAgain;
        try (FirstPass first = FirstPass.read(WatermarkRoundTripTest.opener(frames), 1000)) {
            hit = GridSearch.best(first.mean());
            fromMemory = FrameReadings.read(first.again(), hit, l -> l);
            decodedAgain = FrameReadings.read(first.again(), hit, l -> l);
        }
        assertEquals(fromMemory.timeBits().size(), decodedAgain.timeBits().size());
        for (int i = 0; i < fromMemory.timeBits().size(); i++) {
            assertArrayEquals(decodedAgain.timeBits().get(i), fromMemory.timeBits().get(i));
        }
        assertEquals(decodedAgain.weightedId(), fromMemory.weightedId());
        assertEquals(d.syncZ(), hit.z());
    }

    @Test
    void aVideoWithoutFramesHasNoPass() throws IOException {
        assertNull(FirstPass.read(WatermarkRoundTripTest.opener(List.of()), 10));
    }

    @Test
    void fullSizeLumaIsKeptInSixteenBitsExactlyAndBoxedLumaAsFloats() {
        Frame f = TexturedFrames.frame(640, 360, 3, 24);
        LumaImage full = LumaImage.of(f, 1);
        KeptLuma k = KeptLuma.of(full);
        assertNotNull(k.in256ths());
        assertEquals(2L * 640 * 360, k.bytes());
        assertArrayEquals(full.y(), k.luma().y());
        LumaImage boxed = LumaImage.of(f, 2);
        KeptLuma b = KeptLuma.of(boxed);
        assertNull(b.in256ths(), "quarter-256ths do not fit 16 bits exactly");
        assertArrayEquals(boxed.y(), b.luma().y());
    }

    @Test
    void fullSizeLumaIsTheWeightedSumOverTwoHundredFiftySix() {
        Frame f = TexturedFrames.frame(64, 36, 1, 24);
        float[] y = LumaImage.of(f, 1).y();
        for (int i = 0; i < y.length; i++) {
            int p = f.rgb()[i];
            int sum = 77 * (p >>> 16 & 0xFF) + 150 * (p >>> 8 & 0xFF) + 29 * (p & 0xFF);
            assertEquals(sum / 256f, y[i]);
        }
    }

    private static float[][] all(FirstPass.Lumas lumas) throws IOException {
        try (lumas) {
            List<float[]> out = new ArrayList<>();
            LumaImage l;
            while ((l = lumas.next()) != null) out.add(l.y());
            return out.toArray(new float[0][]);
        }
    }
}
