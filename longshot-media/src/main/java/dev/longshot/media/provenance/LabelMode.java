package dev.longshot.media.provenance;

import java.util.Locale;

/** Where the visible "AI生成 · AI-generated" label appears. */
public enum LabelMode {
    /** A small label in the bottom-right corner of every frame. */
    CORNER,
    /** A full-width slate over the first two seconds only. */
    SLATE,
    /** The slate over the first two seconds, then the corner label (the default). */
    BOTH,
    /** No visible label; the watermark and the metadata stay. */
    NONE;

    /** Parses {@code corner|slate|both|none}. */
    public static LabelMode fromId(String id) {
        for (LabelMode m : values()) {
            if (m.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) return m;
        }
        throw new IllegalArgumentException("visible label '" + id
                + "' unknown: use corner, slate, both or none");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
