package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The weight file: version 2 records how the net was trained; version 1 still reads. */
class StMfaWeightsTest {
    private static StMfaWeights small() {
        StMfaConfig cfg = new StMfaConfig(5, 4, 3, 3);
        double[] p = new StMfaNet(cfg, 8).init(3);
        return new StMfaWeights(cfg, 8, 3, 7, 40, 1e-3, "corpus-x", p).rounded();
    }

    @Test
    void versionTwoRoundTripKeepsCorpusStoryboardsAndLearningRate() throws IOException {
        StMfaWeights w = small();
        StMfaWeights back = StMfaWeights.read(new ByteArrayInputStream(w.toBytes()));
        assertEquals(7, back.steps());
        assertEquals(40, back.storyboards());
        assertEquals(1e-3, back.learningRate());
        assertEquals("corpus-x", back.corpus());
        assertArrayEquals(w.params(), back.params());
    }

    @Test
    void versionOneFileReadsWithTheSameParamsAndUnknownTraining() throws IOException {
        StMfaWeights w = small();
        StMfaWeights back = StMfaWeights.read(new ByteArrayInputStream(versionOne(w)));
        assertEquals(3, back.seed());
        assertEquals(7, back.steps());
        assertEquals(0, back.storyboards());
        assertTrue(Double.isNaN(back.learningRate()));
        assertEquals("", back.corpus());
        assertArrayEquals(w.params(), back.params());
    }

    @Test
    void unknownVersionIsRefused() {
        byte[] b = small().toBytes();
        ByteBuffer.wrap(b).putInt(4, 9);
        IOException e = assertThrows(IOException.class,
                () -> StMfaWeights.read(new ByteArrayInputStream(b)));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());
    }

    /** The layout of version 1, written by hand: no storyboards, learning rate or corpus. */
    private static byte[] versionOne(StMfaWeights w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(StMfaWeights.MAGIC);
            out.writeInt(StMfaWeights.VERSION_1);
            out.writeInt(w.config().memDim());
            out.writeInt(w.config().textDim());
            out.writeInt(w.config().tokenDim());
            out.writeInt(w.config().attnDim());
            out.writeInt(w.embeddingDim());
            out.writeInt(Features.C);
            out.writeInt(Features.OUT);
            out.writeLong(w.seed());
            out.writeInt(w.steps());
            out.writeInt(w.params().length);
            for (double v : w.params()) out.writeFloat((float) v);
        }
        return bytes.toByteArray();
    }
}
