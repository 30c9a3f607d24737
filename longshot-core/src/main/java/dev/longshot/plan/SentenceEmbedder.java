package dev.longshot.plan;

/** A sentence-embedding model: one fixed-length vector per line of text. */
public interface SentenceEmbedder {
    /** Vector length. */
    int dim();

    /** The line's embedding, L2-normalised; the caller must not modify the array. */
    float[] embed(String text);
}
