package dev.longshot.memory;

import dev.longshot.plan.SentenceEmbedder;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** A cheap stand-in for the text model in tests that only need some fixed vector per line. */
public final class HashEmbedder implements SentenceEmbedder {
    private final int dim;

    public HashEmbedder(int dim) {
        this.dim = dim;
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public float[] embed(String text) {
        long seed = 1125899906842597L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) seed = 31 * seed + b;
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) v[i] = (float) (r.nextDouble() * 2 - 1) / (float) Math.sqrt(dim);
        return v;
    }
}
