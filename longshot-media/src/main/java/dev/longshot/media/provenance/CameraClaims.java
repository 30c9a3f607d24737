package dev.longshot.media.provenance;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Metadata keys that would make a file claim it came from a real camera. longshot output is
 * synthetic, so such keys are refused wherever metadata is written.
 */
public final class CameraClaims {
    /** Keys refused whole (compared lower-case). */
    private static final Set<String> EXACT = Set.of(
            "make", "model", "manufacturer", "lens", "device", "device_make", "device_model",
            "com.apple.quicktime.make", "com.apple.quicktime.model",
            "com.android.manufacturer", "com.android.model");

    /** Words that, as a separate part of a key, name a camera or its maker. */
    private static final Set<String> WORDS = Set.of("camera", "make", "manufacturer", "lens");

    private CameraClaims() {}

    /**
     * True when {@code key} names a camera make, model or device, e.g. {@code make},
     * {@code com.apple.quicktime.model}, {@code camera_make}, {@code ©mak}.
     */
    public static boolean isCameraKey(String key) {
        String k = key.toLowerCase(Locale.ROOT).strip();
        if (EXACT.contains(k) || k.endsWith(".model") || k.endsWith(".make")) return true;
        // QuickTime user-data atoms for make and model
        if (k.contains("©mak") || k.contains("©mod")) return true;
        if (k.contains("camera")) return true;
        for (String word : k.split("[^a-z0-9]+")) {
            if (WORDS.contains(word)) return true;
        }
        return false;
    }

    /**
     * Checks every key of {@code metadata}.
     *
     * @throws IllegalArgumentException naming the first key that claims a camera, or a null
     *                                  or blank key or a null value
     */
    public static void requireNone(Map<String, String> metadata) {
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("metadata key is null or blank");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("metadata '" + key + "' has a null value");
            }
            if (isCameraKey(key)) {
                throw new IllegalArgumentException("metadata key '" + key
                        + "' names a camera make or model; longshot output is synthetic and"
                        + " must never claim a real camera");
            }
        }
    }
}
