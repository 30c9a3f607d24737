package dev.longshot.media.provenance.c2pa;

/**
 * What a longshot manifest states besides the hash: who made the file and from what.
 *
 * @param generatorVersion longshot's version, e.g. {@code 0.1.0}
 * @param title            the video's title
 * @param storyboardSha256 digest of the storyboard file
 * @param seed             the run's seed
 * @param contentId        the ID the watermark carries
 */
public record ClaimFacts(String generatorVersion, String title, String storyboardSha256,
        long seed, String contentId) {
    /** Label of longshot's own assertion (reverse-domain, as C2PA asks of custom labels). */
    public static final String ASSERTION = "dev.longshot.storyboard";

    public ClaimFacts {
        if (generatorVersion == null || generatorVersion.isBlank()) {
            throw new IllegalArgumentException("generator version missing");
        }
        if (storyboardSha256 == null || storyboardSha256.isBlank()) {
            throw new IllegalArgumentException("storyboard digest missing");
        }
    }
}
