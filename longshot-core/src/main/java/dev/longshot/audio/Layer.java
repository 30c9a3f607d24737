package dev.longshot.audio;

/** One layer of the soundtrack: renders its part of one second into a stereo (or AmbiX) bus. */
interface Layer {
    /** Short name, used for stems and the mixer's gains. */
    String name();

    /** True for a bed of sound that ducks under events (thunder). */
    boolean ambience();

    /** Adds this layer's sound of the second to {@code out} (not normalised: about ±1). */
    void render(SecondView view, Bus out);

    /**
     * Adds this layer's sound of the second to an AmbiX bus, given what {@link #render} made
     * in stereo: by default the stereo bed at the camera's two sides (ambience is diffuse);
     * a layer of point sources places each where it is.
     */
    default void renderAmbisonic(SecondView view, Bus stereo, Bus ambi) {
        Ambisonics.addBed(ambi, stereo);
    }
}
