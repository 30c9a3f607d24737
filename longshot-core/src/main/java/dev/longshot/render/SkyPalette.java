package dev.longshot.render;

import dev.longshot.catalog.Catalog;
import java.util.List;

/** The colours of a sky event's catalog entry ({@code palette}), read once. */
final class SkyPalette {
    static final int[] RAINBOW = of("rainbow", 0xFF0000, 0xFF9900, 0xFFFF00, 0x00CC00,
            0x0066FF, 0x6600CC);
    static final int[] AURORA = of("aurora", 0x3CFF9A, 0x6A5CFF);
    static final int[] FIREWORKS = of("fireworks", 0xFF3B30, 0xFFD60A, 0x34C759, 0x0A84FF);

    private SkyPalette() {}

    private static int[] of(String id, int... otherwise) {
        var entry = Catalog.bundled().byId(id);
        if (entry.isEmpty()
                || !(entry.get().recipe().params().get("palette") instanceof List<?> l)
                || l.isEmpty()) {
            return otherwise;
        }
        int[] out = new int[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.get(i) instanceof String s ? CreatureLook.hex(s, otherwise[0])
                    : otherwise[0];
        }
        return out;
    }
}
