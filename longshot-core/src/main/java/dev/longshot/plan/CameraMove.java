package dev.longshot.plan;

/** Camera move for one storyboard line; static unless the line names one. */
public enum CameraMove implements VocabularyTerm {
    STATIC,
    PAN,
    TILT,
    DOLLY,
    TRACK,
    AERIAL,
    CRANE,
    ORBIT,
    POV,
    ZOOM;

    /** The value whose {@link #id()} is {@code id}. */
    public static CameraMove fromId(String id) {
        return VocabularyTerm.fromId(values(), id);
    }
}
