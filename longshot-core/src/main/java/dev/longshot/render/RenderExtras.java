package dev.longshot.render;

import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What the renderer makes for a previs hand-off beyond the picture: tracking markers in the
 * world (they change the picture) and the passes each frame keeps (they do not). Immutable.
 *
 * @param vfxMarkers whether high-contrast tracking markers stand on the ground and on houses
 *                   ({@link VfxMarkers})
 * @param passes     the passes every frame carries ({@link FramePasses}); empty: none
 */
public record RenderExtras(boolean vfxMarkers, Set<PassKind> passes) {
    /** The plain picture. */
    public static final RenderExtras NONE = new RenderExtras(false, Set.of());

    public RenderExtras {
        // copied into an enum set: iteration in declaration order, whatever the caller gave
        passes = passes.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(passes));
    }

    /** True when frames carry buffers or markers for the hand-off. */
    public boolean any() {
        return vfxMarkers || !passes.isEmpty();
    }

    /**
     * Bytes a pixel the passes add to each frame held before it is written: the depth buffer
     * (a float), and the ids (a short) when the id matte or the motion (which reads them) is on.
     */
    public int heldBytesPerPixel() {
        if (passes.isEmpty()) return 0;
        boolean ids = passes.contains(PassKind.IDS) || passes.contains(PassKind.MOTION);
        return Float.BYTES + (ids ? Short.BYTES : 0);
    }

    /** The passes as the command line spells them, comma-separated in a fixed order. */
    public String passIds() {
        StringJoiner j = new StringJoiner(",");
        for (PassKind k : passes) j.add(k.id());
        return j.toString();
    }

    /** Parses {@code depth,ids,…} (empty: none). */
    public static Set<PassKind> parsePasses(String ids) {
        Set<PassKind> out = EnumSet.noneOf(PassKind.class);
        if (ids == null || ids.isBlank()) return out;
        for (String id : ids.split(",")) out.add(PassKind.fromId(id));
        return out;
    }
}
