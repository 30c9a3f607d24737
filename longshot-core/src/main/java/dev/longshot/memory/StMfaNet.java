package dev.longshot.memory;

import static dev.longshot.memory.Features.AUD;
import static dev.longshot.memory.Features.C;
import static dev.longshot.memory.Features.ENT;
import static dev.longshot.memory.Features.NSUB;
import static dev.longshot.memory.Features.OUT;
import static dev.longshot.memory.Features.PHY;
import static dev.longshot.memory.Features.VIS;

/**
 * The ST-MFA network, one storyboard second per {@link #forward} call, with its hand-written
 * {@link #backward}. All parameters live in one flat {@code double[]} (row-major matrices at
 * fixed offsets) so Adam, the weight file and the gradient check see one vector.
 *
 * <pre>
 * Legend: E embedding 512, C concepts, dT text, dK token, dA attention, H memory,
 *         X = dT + dA + PHY + C + 2·NSUB fused input, OUT decoder outputs.
 * text     xt  = tanh(WT·[emb; c] + bT)                       (dT)
 * tokens   tok = tanh(Wm·raw_m + bm) for m ∈ visual, audio, physics, entity_1..n   (n+3, dK)
 * attention q = WQ·xt, k_j = WK·tok_j, v_j = WV·tok_j          (dA)
 *          α = softmax(q·k_j / √dA), a = Σ α_j v_j             (n+3), (dA)
 * binding  β_s = α of subject s's entity token, γ = β · departRef          (NSUB), (NSUB)
 * fused    x = [xt; a; phy; c; β; γ]                           (X)
 * LSTM     [i f g o] = WL·[h; x] + bL;  c' = σ(f)⊙c + σ(i)⊙tanh(g);  h' = σ(o)⊙tanh(c')  (H)
 * heads    y = WH·[h'; x] + bH                                 (OUT) logits
 * </pre>
 * Everything is plain double arithmetic in a fixed order, with StrictMath for exp and tanh,
 * so a forward pass gives the same bits on every machine.
 */
public final class StMfaNet {
    final StMfaConfig cfg;
    final int e;
    final int in;  // E + C: input of the text encoder
    final int x;   // X
    final int hx;  // H + X
    // Offsets of each parameter block inside the flat vector.
    final int wT, bT, wV, bV, wA, bA, wP, bP, wE, bE, wQ, wK, wVv, wL, bL, wH, bH, size;

    public StMfaNet(StMfaConfig cfg, int embeddingDim) {
        this.cfg = cfg;
        this.e = embeddingDim;
        int dT = cfg.textDim(), dK = cfg.tokenDim(), dA = cfg.attnDim(), h = cfg.memDim();
        in = e + C;
        x = dT + dA + PHY + C + 2 * NSUB;
        hx = h + x;
        int o = 0;
        wT = o; o += dT * in; bT = o; o += dT;
        wV = o; o += dK * VIS; bV = o; o += dK;
        wA = o; o += dK * AUD; bA = o; o += dK;
        wP = o; o += dK * PHY; bP = o; o += dK;
        wE = o; o += dK * ENT; bE = o; o += dK;
        wQ = o; o += dA * dT;
        wK = o; o += dA * dK;
        wVv = o; o += dA * dK;
        wL = o; o += 4 * h * hx; bL = o; o += 4 * h;
        wH = o; o += OUT * hx; bH = o; o += OUT;
        size = o;
    }

    public StMfaConfig config() {
        return cfg;
    }

    /** Decoder loss of one second (see {@link Decoder#loss}); writes dLoss/dLogits. */
    public double loss(double[] logits, dev.longshot.plan.ScenePlan gold, double[] dLogits) {
        return Decoder.loss(logits, gold, dLogits);
    }

    public int parameterCount() {
        return size;
    }

    /** Deterministic initialisation: uniform ±1/√fan_in from a seeded SplitMix64; forget bias 1. */
    public double[] init(long seed) {
        double[] p = new double[size];
        long[] s = {seed};
        fill(p, s, wT, bT, in);
        fill(p, s, wV, bV, VIS);
        fill(p, s, wA, bA, AUD);
        fill(p, s, wP, bP, PHY);
        fill(p, s, wE, bE, ENT);
        fill(p, s, wQ, wK, cfg.textDim());
        fill(p, s, wK, wVv, cfg.tokenDim());
        fill(p, s, wVv, wL, cfg.tokenDim());
        fill(p, s, wL, bL, hx);
        fill(p, s, wH, bH, hx);
        int h = cfg.memDim();
        for (int j = 0; j < h; j++) p[bL + h + j] = 1.0; // remember by default
        return p;
    }

    private static void fill(double[] p, long[] s, int from, int to, int fanIn) {
        double r = 1.0 / Math.sqrt(fanIn);
        for (int i = from; i < to; i++) p[i] = (2 * uniform(s) - 1) * r;
    }

    static double uniform(long[] s) {
        long z = (s[0] += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** Recurrent state: hidden h and cell c, each (H). */
    public record State(double[] h, double[] c) {
        public static State zero(int memDim) {
            return new State(new double[memDim], new double[memDim]);
        }
    }

    /** Everything forward computed that backward needs, for one second. */
    public static final class Cache {
        StepInput in;
        double[] inVec;     // (E + C)
        double[] xt;        // (dT)
        double[][] raw;     // (n+3, ·) token raw inputs
        double[][] tok;     // (n+3, dK)
        double[] q;         // (dA)
        double[][] k, v;    // (n+3, dA)
        double[] alpha;     // (n+3)
        double[] xv;        // (X) fused input
        double[] hPrev, cPrev;
        double[] gi, gf, gg, go; // gate activations (H)
        double[] cNew, tanhC, hNew;
        public double[] logits; // (OUT)

        public double[] logits() {
            return logits;
        }
    }

    /** One second forward: returns the cache (with logits) and writes the new state into it. */
    public Cache forward(double[] p, StepInput si, State st, Ablation ab) {
        int dT = cfg.textDim(), dK = cfg.tokenDim(), dA = cfg.attnDim(), h = cfg.memDim();
        Cache k = new Cache();
        k.in = si;
        // Text modality
        k.inVec = new double[in];
        if (!ab.noText()) for (int i = 0; i < e; i++) k.inVec[i] = si.embedding()[i];
        for (int i = 0; i < C; i++) k.inVec[e + i] = si.concepts()[i];
        k.xt = new double[dT];
        affine(p, wT, bT, dT, in, k.inVec, k.xt);
        tanhInPlace(k.xt);
        // Tokens: visual, audio, physics, then one per entity
        int n = si.entities().length + 3;
        k.raw = new double[n][];
        k.raw[0] = ab.noVisual() ? new double[VIS] : toDouble(si.visual());
        k.raw[1] = ab.noAudio() ? new double[AUD] : toDouble(si.audio());
        k.raw[2] = ab.noPhysics() ? new double[PHY] : toDouble(si.physics());
        for (int j = 3; j < n; j++) k.raw[j] = toDouble(si.entityRaw()[j - 3]);
        k.tok = new double[n][dK];
        for (int j = 0; j < n; j++) {
            int[] wb = tokenWeights(j);
            affine(p, wb[0], wb[1], dK, k.raw[j].length, k.raw[j], k.tok[j]);
            tanhInPlace(k.tok[j]);
        }
        // Cross-modal attention, Q from text, K and V from the tokens
        k.q = new double[dA];
        affine(p, wQ, -1, dA, dT, k.xt, k.q);
        k.k = new double[n][dA];
        k.v = new double[n][dA];
        k.alpha = new double[n];
        double scale = 1.0 / Math.sqrt(dA);
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            affine(p, wK, -1, dA, dK, k.tok[j], k.k[j]);
            affine(p, wVv, -1, dA, dK, k.tok[j], k.v[j]);
            k.alpha[j] = dot(k.q, k.k[j]) * scale;
            max = Math.max(max, k.alpha[j]);
        }
        double z = 0;
        for (int j = 0; j < n; j++) z += k.alpha[j] = StrictMath.exp(k.alpha[j] - max);
        for (int j = 0; j < n; j++) k.alpha[j] /= z;
        // Fused input x = [xt; a; phy; c; β; γ]
        k.xv = new double[x];
        System.arraycopy(k.xt, 0, k.xv, 0, dT);
        for (int j = 0; j < n; j++) {
            for (int d = 0; d < dA; d++) k.xv[dT + d] += k.alpha[j] * k.v[j][d];
        }
        int o = dT + dA;
        for (int i = 0; i < PHY; i++) k.xv[o + i] = k.raw[2][i];
        o += PHY;
        for (int i = 0; i < C; i++) k.xv[o + i] = si.concepts()[i];
        o += C;
        for (int j = 3; j < n; j++) {
            int s = si.entities()[j - 3];
            k.xv[o + s] = k.alpha[j];
            k.xv[o + NSUB + s] = k.alpha[j] * si.departRef();
        }
        // LSTM cell
        k.hPrev = st.h();
        k.cPrev = st.c();
        double[] hxv = concat(st.h(), k.xv);
        double[] gates = new double[4 * h];
        affine(p, wL, bL, 4 * h, hx, hxv, gates);
        k.gi = new double[h];
        k.gf = new double[h];
        k.gg = new double[h];
        k.go = new double[h];
        k.cNew = new double[h];
        k.tanhC = new double[h];
        k.hNew = new double[h];
        for (int j = 0; j < h; j++) {
            k.gi[j] = sigmoid(gates[j]);
            k.gf[j] = sigmoid(gates[h + j]);
            k.gg[j] = StrictMath.tanh(gates[2 * h + j]);
            k.go[j] = sigmoid(gates[3 * h + j]);
            k.cNew[j] = k.gf[j] * k.cPrev[j] + k.gi[j] * k.gg[j];
            k.tanhC[j] = StrictMath.tanh(k.cNew[j]);
            k.hNew[j] = k.go[j] * k.tanhC[j];
        }
        // Decoder heads read the new memory and the fused input (a skip connection).
        k.logits = new double[OUT];
        affine(p, wH, bH, OUT, hx, concat(k.hNew, k.xv), k.logits);
        return k;
    }

    /** The state after a forward step. */
    public static State next(Cache k) {
        return new State(k.hNew, k.cNew);
    }

    /**
     * One second backward. {@code dLogits} (OUT) is the loss gradient of this second,
     * {@code dhNext}/{@code dcNext} (H) flow in from the second after (modified in place to
     * flow out to the second before). Accumulates into {@code g}.
     */
    public void backward(double[] p, Cache k, double[] dLogits, double[] dhNext, double[] dcNext,
            double[] g) {
        int dT = cfg.textDim(), dK = cfg.tokenDim(), dA = cfg.attnDim(), h = cfg.memDim();
        // Heads
        double[] hxNew = concat(k.hNew, k.xv);
        double[] dhx = new double[hx];
        affineBackward(p, g, wH, bH, OUT, hx, hxNew, dLogits, dhx);
        double[] dx = new double[x];
        for (int i = 0; i < x; i++) dx[i] = dhx[h + i];
        // LSTM cell
        double[] dz = new double[4 * h];
        for (int j = 0; j < h; j++) {
            double dh = dhx[j] + dhNext[j];
            double dgo = dh * k.tanhC[j];
            double dc = dh * k.go[j] * (1 - k.tanhC[j] * k.tanhC[j]) + dcNext[j];
            dz[j] = dc * k.gg[j] * k.gi[j] * (1 - k.gi[j]);
            dz[h + j] = dc * k.cPrev[j] * k.gf[j] * (1 - k.gf[j]);
            dz[2 * h + j] = dc * k.gi[j] * (1 - k.gg[j] * k.gg[j]);
            dz[3 * h + j] = dgo * k.go[j] * (1 - k.go[j]);
            dcNext[j] = dc * k.gf[j];
        }
        double[] dhxPrev = new double[hx];
        affineBackward(p, g, wL, bL, 4 * h, hx, concat(k.hPrev, k.xv), dz, dhxPrev);
        for (int j = 0; j < h; j++) dhNext[j] = dhxPrev[j];
        for (int i = 0; i < x; i++) dx[i] += dhxPrev[h + i];
        // Fused input → text, attention output, binding (phy and c are inputs: no gradient)
        int n = k.tok.length;
        double[] dxt = new double[dT];
        for (int i = 0; i < dT; i++) dxt[i] = dx[i];
        double[] dAlpha = new double[n];
        double[][] dv = new double[n][dA];
        for (int j = 0; j < n; j++) {
            for (int d = 0; d < dA; d++) {
                dAlpha[j] += dx[dT + d] * k.v[j][d];
                dv[j][d] = k.alpha[j] * dx[dT + d];
            }
        }
        int ob = dT + dA + PHY + C;
        for (int j = 3; j < n; j++) {
            int s = k.in.entities()[j - 3];
            dAlpha[j] += dx[ob + s] + dx[ob + NSUB + s] * k.in.departRef();
        }
        // Softmax and scores
        double dot = 0;
        for (int j = 0; j < n; j++) dot += k.alpha[j] * dAlpha[j];
        double scale = 1.0 / Math.sqrt(dA);
        double[] dq = new double[dA];
        double[][] dTok = new double[n][dK];
        for (int j = 0; j < n; j++) {
            double ds = k.alpha[j] * (dAlpha[j] - dot) * scale;
            double[] dk = new double[dA];
            for (int d = 0; d < dA; d++) {
                dq[d] += ds * k.k[j][d];
                dk[d] = ds * k.q[d];
            }
            affineBackward(p, g, wK, -1, dA, dK, k.tok[j], dk, dTok[j]);
            affineBackward(p, g, wVv, -1, dA, dK, k.tok[j], dv[j], dTok[j]);
        }
        affineBackward(p, g, wQ, -1, dA, dT, k.xt, dq, dxt);
        // Token encoders
        for (int j = 0; j < n; j++) {
            for (int d = 0; d < dK; d++) dTok[j][d] *= 1 - k.tok[j][d] * k.tok[j][d];
            int[] wb = tokenWeights(j);
            affineBackward(p, g, wb[0], wb[1], dK, k.raw[j].length, k.raw[j], dTok[j], null);
        }
        // Text encoder
        for (int i = 0; i < dT; i++) dxt[i] *= 1 - k.xt[i] * k.xt[i];
        affineBackward(p, g, wT, bT, dT, in, k.inVec, dxt, null);
    }

    private int[] tokenWeights(int j) {
        return switch (j) {
            case 0 -> new int[] {wV, bV};
            case 1 -> new int[] {wA, bA};
            case 2 -> new int[] {wP, bP};
            default -> new int[] {wE, bE};
        };
    }

    /** out = W·v (+ b); W (rows, cols) row-major at {@code w}, b at {@code b} or none if b < 0. */
    static void affine(double[] p, int w, int b, int rows, int cols, double[] v, double[] out) {
        for (int r = 0; r < rows; r++) {
            double s = b < 0 ? 0 : p[b + r];
            int row = w + r * cols;
            for (int c = 0; c < cols; c++) s += p[row + c] * v[c];
            out[r] = s;
        }
    }

    /** Backward of {@link #affine}: gW += dOut ⊗ v, gb += dOut, dv += Wᵀ·dOut (if dv != null). */
    static void affineBackward(double[] p, double[] g, int w, int b, int rows, int cols,
            double[] v, double[] dOut, double[] dv) {
        for (int r = 0; r < rows; r++) {
            double d = dOut[r];
            if (d == 0) continue;
            if (b >= 0) g[b + r] += d;
            int row = w + r * cols;
            for (int c = 0; c < cols; c++) g[row + c] += d * v[c];
            if (dv != null) for (int c = 0; c < cols; c++) dv[c] += p[row + c] * d;
        }
    }

    static double sigmoid(double z) {
        return 1 / (1 + StrictMath.exp(-z));
    }

    private static void tanhInPlace(double[] v) {
        for (int i = 0; i < v.length; i++) v[i] = StrictMath.tanh(v[i]);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] r = new double[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        return d;
    }
}
