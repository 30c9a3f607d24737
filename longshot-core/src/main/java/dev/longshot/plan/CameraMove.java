package dev.longshot.plan;

/** Camera move for one storyboard line; static unless the line names one. */
public enum CameraMove implements VocabularyTerm {
    STATIC("static"),
    PAN("pan"),
    TILT("tilt"),
    DOLLY("dolly"),
    TRACK("track"),
    AERIAL("aerial"),
    CRANE("crane"),
    ORBIT("orbit"),
    POV("pov"),
    ZOOM("zoom");

    private final String id;

    CameraMove(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The value whose {@link #id()} is {@code id}. */
    public static CameraMove fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
