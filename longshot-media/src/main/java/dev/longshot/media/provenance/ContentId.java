package dev.longshot.media.provenance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A video's 40-bit content ID: the first 40 bits of
 * {@code SHA-256("longshot-content-id/v1:" + storyboardSha256 + ":" + seed)}. The same storyboard
 * and seed always give the same ID, so the watermark in any excerpt names the video it came
 * from; 40 bits keep the payload small enough to survive heavy re-encoding.
 *
 * @param value the ID, {@code 0 … 2^40-1}
 */
public record ContentId(long value) {
    public static final int BITS = 40;
    public static final long MASK = (1L << BITS) - 1;

    public ContentId {
        if ((value & ~MASK) != 0) throw new IllegalArgumentException("content ID out of range");
    }

    /** The ID of the video made from a storyboard with this digest and seed. */
    public static ContentId of(String storyboardSha256, long seed) {
        if (storyboardSha256 == null || storyboardSha256.isBlank()) {
            throw new IllegalArgumentException("storyboard digest missing");
        }
        byte[] d = sha256("longshot-content-id/v1:" + storyboardSha256.strip().toLowerCase(
                Locale.ROOT) + ":" + seed);
        long v = 0;
        for (int i = 0; i < 5; i++) v = v << 8 | (d[i] & 0xFF);
        return new ContentId(v);
    }

    /** Parses the 10-hex-digit form printed by {@link #toString()}. */
    public static ContentId parse(String hex) {
        if (hex == null || !hex.matches("[0-9a-fA-F]{10}")) {
            throw new IllegalArgumentException("content ID must be 10 hex digits: " + hex);
        }
        return new ContentId(Long.parseLong(hex, 16));
    }

    /** Ten lower-case hex digits, e.g. {@code 3fa0c21b9e}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%010x", value);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
