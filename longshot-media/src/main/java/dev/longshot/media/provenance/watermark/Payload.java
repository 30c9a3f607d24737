package dev.longshot.media.provenance.watermark;

import dev.longshot.media.provenance.ContentId;

/** The watermark's bits: content ID + CRC-16, and the second index. */
final class Payload {
    private Payload() {}

    /** The {@value CellGrid#CODE_BITS} code bits of an ID as ±1, most significant first. */
    static int[] idCode(ContentId id) {
        long word = id.value() << CellGrid.CRC_BITS | crc16(id.value());
        int[] code = new int[CellGrid.CODE_BITS];
        for (int b = 0; b < CellGrid.CODE_BITS; b++) {
            code[b] = ((word >>> (CellGrid.CODE_BITS - 1 - b)) & 1) == 1 ? 1 : -1;
        }
        return code;
    }

    /**
     * Reads hard decisions of the code bits back.
     *
     * @return the ID, or {@code null} when the CRC does not match
     */
    static ContentId decodeId(double[] soft) {
        long word = 0;
        for (int b = 0; b < CellGrid.CODE_BITS; b++) word = word << 1 | (soft[b] > 0 ? 1 : 0);
        long id = word >>> CellGrid.CRC_BITS;
        int crc = (int) (word & 0xFFFF);
        return crc16(id) == crc ? new ContentId(id) : null;
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
