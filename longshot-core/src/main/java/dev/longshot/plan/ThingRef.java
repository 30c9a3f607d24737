package dev.longshot.plan;

import java.util.Objects;

/**
 * A thing of the plan: a vehicle, a building, a plant, a light.
 *
 * @param id   catalog thing id ({@code lantern})
 * @param said the words of the text that name it, as written
 */
public record ThingRef(String id, String said) {
    public ThingRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(said, "said");
    }
}
