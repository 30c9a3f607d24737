package dev.longshot.media.handoff;

/**
 * A marker on the timeline.
 *
 * @param name       what it marks (a storyboard line's text, a rollback's cause)
 * @param kind       {@code line} or {@code rollback}
 * @param startFrame first frame
 * @param frames     how many frames it covers (≥ 1)
 */
public record Marker(String name, String kind, long startFrame, long frames) {}
