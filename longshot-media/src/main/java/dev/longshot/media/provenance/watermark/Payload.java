package dev.longshot.media.provenance.watermark;

import dev.longshot.media.provenance.ContentId;

/**
 * The watermark's bits: content ID + CRC-16 under a K=7, rate-1/2 convolutional code
 * (generators 171, 133 octal, the NASA/802.11 code) decoded with soft-decision Viterbi — about
 * 5 dB better than spreading the same energy by repetition alone; and the second index.
 */
final class Payload {
    private Payload() {}

    private static final int G0 = 0171;
    private static final int G1 = 0133;
    private static final int STATES = 1 << CellGrid.CODE_MEMORY;

    /** The {@value CellGrid#CODED_BITS} coded bits of an ID as ±1. */
    static int[] idCode(ContentId id) {
        long word = id.value() << CellGrid.CRC_BITS | crc16(id.value());
        int[] code = new int[CellGrid.CODED_BITS];
        int state = 0;
        for (int i = 0; i < CellGrid.CODE_BITS + CellGrid.CODE_MEMORY; i++) {
            int bit = i < CellGrid.CODE_BITS
                    ? (int) ((word >>> (CellGrid.CODE_BITS - 1 - i)) & 1) : 0; // zero tail
            int reg = state << 1 | bit;
            code[2 * i] = parity(reg & G0) == 1 ? 1 : -1;
            code[2 * i + 1] = parity(reg & G1) == 1 ? 1 : -1;
            state = reg & (STATES - 1);
        }
        return code;
    }

    /**
     * Decodes soft coded bits (positive = 1) with Viterbi, ending in the zero state.
     *
     * @return the ID, or {@code null} when the CRC does not match
     */
    static ContentId decodeId(double[] soft) {
        int steps = CellGrid.CODE_BITS + CellGrid.CODE_MEMORY;
        double[] metric = new double[STATES];
        java.util.Arrays.fill(metric, Double.NEGATIVE_INFINITY);
        metric[0] = 0;
        byte[][] from = new byte[steps][STATES]; // predecessor state's top bit decides the path
        for (int i = 0; i < steps; i++) {
            double[] next = new double[STATES];
            java.util.Arrays.fill(next, Double.NEGATIVE_INFINITY);
            for (int s = 0; s < STATES; s++) {
                if (metric[s] == Double.NEGATIVE_INFINITY) continue;
                for (int bit = 0; bit <= (i < CellGrid.CODE_BITS ? 1 : 0); bit++) {
                    int reg = s << 1 | bit;
                    double m = metric[s]
                            + (parity(reg & G0) == 1 ? soft[2 * i] : -soft[2 * i])
                            + (parity(reg & G1) == 1 ? soft[2 * i + 1] : -soft[2 * i + 1]);
                    int ns = reg & (STATES - 1);
                    if (m > next[ns]) {
                        next[ns] = m;
                        from[i][ns] = (byte) (s >>> (CellGrid.CODE_MEMORY - 1)); // dropped bit
                    }
                }
            }
            metric = next;
        }
        long word = 0;
        int state = 0;
        for (int i = steps - 1; i >= 0; i--) {
            int bit = state & 1;
            if (i < CellGrid.CODE_BITS) word |= (long) bit << (CellGrid.CODE_BITS - 1 - i);
            state = (state >>> 1) | (from[i][state] << (CellGrid.CODE_MEMORY - 1));
        }
        long id = word >>> CellGrid.CRC_BITS;
        int crc = (int) (word & 0xFFFF);
        return crc16(id) == crc ? new ContentId(id) : null;
    }

    private static int parity(int v) {
        return Integer.bitCount(v) & 1;
    }

    /** Sign (±1) of time bit {@code b} for second {@code s}. */
    static int timeSign(long second, int b) {
        return ((second >>> b) & 1) == 1 ? 1 : -1;
    }

    /** CRC-16/CCITT-FALSE over the ID's five bytes, most significant first. */
    static int crc16(long id) {
        int crc = 0xFFFF;
        for (int i = 4; i >= 0; i--) {
            crc ^= (int) ((id >>> (8 * i)) & 0xFF) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }
}
