package dev.longshot.audio;

/** Receives each layer's stereo second before mixing (stems for sound designers). */
@FunctionalInterface
public interface StemSink {
    StemSink NONE = (second, layer, left, right) -> {};

    /** One second of {@code layer}: unscaled floats, about ±1. */
    void accept(int second, String layer, float[] left, float[] right);
}
