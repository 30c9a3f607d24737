package dev.longshot.media.provenance.c2pa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** CBOR through Jackson: maps with text keys, byte arrays as byte strings. */
final class Cbor {
    static final CBORMapper MAPPER = new CBORMapper();

    private Cbor() {}

    static byte[] encode(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode CBOR", e);
        }
    }

    /**
     * Decodes one CBOR item; tags are dropped (COSE_Sign1's tag 18 is implied by where it sits)
     * and integer map keys come back as their decimal text.
     *
     * @throws IllegalArgumentException for bytes that are not CBOR
     */
    static JsonNode decode(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("not CBOR: " + e.getMessage(), e);
        }
    }
}
