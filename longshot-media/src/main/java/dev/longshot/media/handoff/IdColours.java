package dev.longshot.media.handoff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.longshot.render.EntityIds;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The colour of each {@link EntityIds} number in the id matte: a fixed scramble of the
 * number's bits (multiply by an odd constant, then xor-shift — both invertible on 24 bits),
 * so every entry has its own colour, neighbours in the catalog look unlike, and the sky
 * (number 0) is black. The legend ({@code ids.json}) maps every colour back to its catalog id.
 */
public final class IdColours {
    public static final String FORMAT = "longshot-ids/1";

    private IdColours() {}

    /** The matte colour, {@code 0xRRGGBB}, of entity number {@code n}. */
    public static int of(int n) {
        int x = (n * 0x9E3779B1) & 0xFFFFFF;
        return x ^ (x >>> 12);
    }

    /** {@code #rrggbb}. */
    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /**
     * Writes the legend: {@code {"format", "entries": [{"colour": "#rrggbb", "id"}]}}, one entry
     * per number in number order: {@code sky} (nothing drawn), {@code unknown}, the catalog's
     * ids, {@code vfx-marker}.
     */
    static void writeLegend(OutputStream out, EntityIds ids) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeArrayFieldStart("entries");
            for (int n = 0; n < ids.size(); n++) {
                json.writeStartObject();
                json.writeStringField("colour", hex(of(n)));
                json.writeStringField("id", ids.name(n));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
