package dev.longshot.media.provenance.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.media.provenance.ContentId;
import org.junit.jupiter.api.Test;

class PayloadTest {
    static double[] soft(int[] code) {
        double[] s = new double[code.length];
        for (int i = 0; i < code.length; i++) s[i] = code[i];
        return s;
    }

    @Test
    void idSurvivesTheCodeRoundTrip() {
        for (long v : new long[] {0, 1, ContentId.MASK, 0x5A5A5A5A5AL, 0x123456789AL}) {
            ContentId id = new ContentId(v);
            assertEquals(id, Payload.decodeId(soft(Payload.idCode(id))));
        }
    }

    @Test
    void viterbiCorrectsScatteredErrors() {
        ContentId id = new ContentId(0x3C0FFEE123L);
        double[] s = soft(Payload.idCode(id));
        for (int i = 3; i < s.length; i += 17) s[i] = -s[i]; // 7 flipped coded bits
        assertEquals(id, Payload.decodeId(s));
    }

    @Test
    void noiseDoesNotPassTheCrc() {
        SplitMix64 rng = new SplitMix64(3);
        int passed = 0;
        for (int t = 0; t < 200; t++) {
            double[] s = new double[CellGrid.CODED_BITS];
            for (int i = 0; i < s.length; i++) s[i] = (rng.nextLong() >> 11) * 0x1.0p-52;
            if (Payload.decodeId(s) != null) passed++;
        }
        assertEquals(0, passed);
    }
}
