package dev.longshot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Optional;

/**
 * Which seconds of a video are static shots, read from its generation log's {@code plan}
 * events ({@code camera.move} = {@code static}). Streams the log, so an hour's log costs no
 * more memory than a minute's.
 */
final class StaticShots {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StaticShots() {}

    /**
     * The static seconds, or empty when the log records no plan (an older log, or another
     * generator's video).
     */
    static Optional<BitSet> read(Path log) throws IOException {
        BitSet seconds = new BitSet();
        boolean anyPlan = false;
        try (JsonParser p = new JsonFactory().setCodec(MAPPER).createParser(log.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(log + ": not a generation log (no JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("events") || p.currentToken() != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode e = p.readValueAsTree();
                    if (!"plan".equals(e.path("type").asText())) continue;
                    anyPlan = true;
                    // a plan event holds the second's longshot-plan/2 fields
                    if ("static".equals(e.path("camera").path("move").asText())) {
                        seconds.set(e.path("t").asInt());
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(log + ": not a readable generation log ("
                    + e.getOriginalMessage() + ")", e);
        }
        return anyPlan ? Optional.of(seconds) : Optional.empty();
    }
}
