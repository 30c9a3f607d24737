package dev.longshot.memory;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The trained network: config + how it was trained + flat parameters. Binary file,
 * big-endian:
 * <pre>
 * int magic 'LSMF' | int version | int memDim, textDim, tokenDim, attnDim, embeddingDim,
 * concepts C, outputs OUT | long trainingSeed | int steps
 * | (version 2 only: int storyboards | double learningRate | UTF corpus)
 * | int count | float[count] params
 * </pre>
 * Version 1 files (no corpus, storyboard count or learning rate) are still read; those fields
 * then read as unknown (0, NaN, ""). Parameters are stored as float32 (half the size;
 * inference runs on the stored values, so rounding here is part of the model, not noise).
 *
 * @param storyboards  storyboards in the training corpus; 0 when unknown (version 1)
 * @param learningRate peak learning rate; NaN when unknown (version 1)
 * @param corpus       id of the training corpus generator; "" when unknown (version 1)
 */
public record StMfaWeights(StMfaConfig config, int embeddingDim, long seed, int steps,
        int storyboards, double learningRate, String corpus, double[] params) {
    public static final int MAGIC = 0x4C534D46; // "LSMF"
    /** The version written; {@link #read} also reads {@link #VERSION_1}. */
    public static final int VERSION = 2;
    public static final int VERSION_1 = 1;
    static final String RESOURCE = "st-mfa.bin";

    /** Weights whose corpus, storyboard count and learning rate are not known. */
    public StMfaWeights(StMfaConfig config, int embeddingDim, long seed, int steps,
            double[] params) {
        this(config, embeddingDim, seed, steps, 0, Double.NaN, "", params);
    }

    public StMfaWeights {
        java.util.Objects.requireNonNull(corpus, "corpus");
        int expected = new StMfaNet(config, embeddingDim).parameterCount();
        if (params.length != expected) {
            throw new IllegalArgumentException("params " + params.length + " != " + expected);
        }
    }

    /** The weights shipped with longshot (trained by {@code longshot train-memory}). */
    public static StMfaWeights bundled() {
        try (InputStream in = StMfaWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StMfaWeights read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) throw new IOException("not an ST-MFA weight file (bad magic)");
        int version = in.readInt();
        if (version != VERSION && version != VERSION_1) {
            throw new IOException("unsupported weight file version " + version);
        }
        StMfaConfig cfg = new StMfaConfig(in.readInt(), in.readInt(), in.readInt(), in.readInt());
        int emb = in.readInt();
        if (in.readInt() != Features.C || in.readInt() != Features.OUT) {
            throw new IOException("weight file was trained for other features; retrain");
        }
        long seed = in.readLong();
        int steps = in.readInt();
        int storyboards = 0;
        double lr = Double.NaN;
        String corpus = "";
        if (version >= VERSION) {
            storyboards = in.readInt();
            lr = in.readDouble();
            corpus = in.readUTF();
        }
        int n = in.readInt();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) p[i] = in.readFloat();
        return new StMfaWeights(cfg, emb, seed, steps, storyboards, lr, corpus, p);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(config.memDim());
            out.writeInt(config.textDim());
            out.writeInt(config.tokenDim());
            out.writeInt(config.attnDim());
            out.writeInt(embeddingDim);
            out.writeInt(Features.C);
            out.writeInt(Features.OUT);
            out.writeLong(seed);
            out.writeInt(steps);
            out.writeInt(storyboards);
            out.writeDouble(learningRate);
            out.writeUTF(corpus);
            out.writeInt(params.length);
            for (double v : params) out.writeFloat((float) v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The parameters as they are after a save / load round trip (float32). */
    public StMfaWeights rounded() {
        double[] r = new double[params.length];
        for (int i = 0; i < r.length; i++) r[i] = (float) params[i];
        return new StMfaWeights(config, embeddingDim, seed, steps, storyboards, learningRate,
                corpus, r);
    }
}
