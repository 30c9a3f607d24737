package dev.longshot.validate;

/** How often a rule is decided (DESIGN.md's schedule); every validator still sees every frame. */
public enum Schedule {
    /** Decided on every frame (rigid-body motion, gravity, interpenetration). */
    FRAME,
    /** Decided on the last frame of every second (light, exposure, optical flow). */
    SECOND,
    /** Held against a reference taken when the scene starts; reported every second. */
    SCENE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
