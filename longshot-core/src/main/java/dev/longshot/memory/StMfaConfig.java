package dev.longshot.memory;

/**
 * Sizes of the ST-MFA memory network. Immutable and validated; written into the weight file.
 *
 * @param memDim   LSTM hidden and cell size H (64 by default; 2048 also runs)
 * @param textDim  text-modality vector size dT
 * @param tokenDim size dK of visual / physics / audio / entity tokens
 * @param attnDim  query / key / value size dA of the cross-modal attention
 */
public record StMfaConfig(int memDim, int textDim, int tokenDim, int attnDim) {
    public static final StMfaConfig DEFAULT = new StMfaConfig(64, 48, 24, 24);

    public StMfaConfig {
        check("memDim", memDim, 4096);
        check("textDim", textDim, 1024);
        check("tokenDim", tokenDim, 1024);
        check("attnDim", attnDim, 1024);
    }

    private static void check(String name, int v, int max) {
        if (v < 1 || v > max) throw new IllegalArgumentException(name + " must be 1.." + max + ": " + v);
    }

    /** The default sizes with another memory size. */
    public static StMfaConfig withMemDim(int memDim) {
        return new StMfaConfig(memDim, DEFAULT.textDim, DEFAULT.tokenDim, DEFAULT.attnDim);
    }
}
