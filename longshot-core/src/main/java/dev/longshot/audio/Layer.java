package dev.longshot.audio;

/** One layer of the soundtrack: renders its part of one second into a stereo bus. */
interface Layer {
    /** Short name, used for stems and the mixer's gains. */
    String name();

    /** True for a bed of sound that ducks under events (thunder). */
    boolean ambience();

    /** Adds this layer's sound of the second to {@code out} (not normalised: about ±1). */
    void render(SecondView view, Bus out);
}
