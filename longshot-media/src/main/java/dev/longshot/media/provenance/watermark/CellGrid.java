package dev.longshot.media.provenance.watermark;

/**
 * The watermark's layout: {@value #COLS}×{@value #ROWS} cells over the whole frame (so the grid
 * scales with the picture), each cell one smooth bump {@code sin(πu)·sin(πv)} of luma with a
 * keyed ±1 chip. A fixed keyed permutation gives each cell a role:
 *
 * <ul>
 *   <li>{@link #ID_CELLS}: the 40-bit content ID + CRC-16, convolutionally coded (K=7, rate
 *       1/2) into {@value #CODED_BITS} bits, each repeated on {@value #ID_REPEAT} cells
 *       scattered over the frame;</li>
 *   <li>{@link #TIME_CELLS}: the second index ({@value #TIME_BITS} bits, up to 36 h), each bit on
 *       {@value #TIME_REPEAT} cells;</li>
 *   <li>{@link #SYNC_CELLS}: the rest, a fixed known pattern used to find the grid (after
 *       crops) and to decide whether a mark is present at all.</li>
 * </ul>
 *
 * Scattering every bit over the whole frame is what lets a 10% crop lose only 19% of each bit.
 */
final class CellGrid {
    static final int COLS = 64;
    static final int ROWS = 36;
    static final int CELLS = COLS * ROWS;
    static final int ID_BITS = 40;
    static final int CRC_BITS = 16;
    static final int CODE_BITS = ID_BITS + CRC_BITS;
    /** Memory of the convolutional code: K − 1. */
    static final int CODE_MEMORY = 6;
    static final int CODED_BITS = 2 * (CODE_BITS + CODE_MEMORY);
    static final int ID_REPEAT = 9;
    static final int TIME_BITS = 17;
    static final int TIME_REPEAT = 35;

    /** Fixed key of watermark version 1: changing it makes older marks undetectable. */
    static final long KEY = 0x6C6F_6E67_7368_6F74L; // "longshot"

    /** [bit][repeat] → cell index (row-major). */
    static final int[][] ID_CELLS = new int[CODED_BITS][ID_REPEAT];
    static final int[][] TIME_CELLS = new int[TIME_BITS][TIME_REPEAT];
    static final int[] SYNC_CELLS;
    /** Chip (+1 or -1) of every cell. */
    static final int[] CHIP = new int[CELLS];

    static {
        SplitMix64 rng = new SplitMix64(KEY);
        int[] order = new int[CELLS];
        for (int i = 0; i < CELLS; i++) order[i] = i;
        for (int i = CELLS - 1; i > 0; i--) { // Fisher-Yates
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int next = 0;
        for (int r = 0; r < ID_REPEAT; r++) {
            for (int b = 0; b < CODED_BITS; b++) ID_CELLS[b][r] = order[next++];
        }
        for (int r = 0; r < TIME_REPEAT; r++) {
            for (int b = 0; b < TIME_BITS; b++) TIME_CELLS[b][r] = order[next++];
        }
        SYNC_CELLS = new int[CELLS - next];
        for (int i = 0; i < SYNC_CELLS.length; i++) SYNC_CELLS[i] = order[next++];
        for (int c = 0; c < CELLS; c++) CHIP[c] = (rng.nextLong() & 1) == 0 ? 1 : -1;
    }

    private CellGrid() {}

    /** First pixel of cell column/row {@code i} when {@code size} pixels hold {@code cells}. */
    static int start(int i, int size, int cells) {
        return (int) ((long) i * size / cells);
    }

    /**
     * The bump profile along one axis in 1/256 units: {@code round(256·sin(π(x+½)/n))} for each
     * pixel {@code x} of a cell {@code n} pixels wide, for every pixel of a {@code size}-pixel
     * axis split into {@code cells} cells. StrictMath keeps it identical on every machine.
     */
    static int[] profile(int size, int cells) {
        int[] p = new int[size];
        for (int c = 0; c < cells; c++) {
            int a = start(c, size, cells);
            int n = start(c + 1, size, cells) - a;
            for (int x = 0; x < n; x++) {
                p[a + x] = (int) StrictMath.round(256 * StrictMath.sin(StrictMath.PI * (x + 0.5) / n));
            }
        }
        return p;
    }

    /** Cell column (or row) of every pixel of an axis. */
    static int[] cellOf(int size, int cells) {
        int[] idx = new int[size];
        for (int c = 0; c < cells; c++) {
            for (int x = start(c, size, cells); x < start(c + 1, size, cells); x++) idx[x] = c;
        }
        return idx;
    }
}
