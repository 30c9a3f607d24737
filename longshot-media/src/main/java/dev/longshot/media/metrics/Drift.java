package dev.longshot.media.metrics;

/**
 * How far a video's overall picture moves from its start to its end: the mean colour of the
 * first 15 % of frames against the last 15 % (the start-versus-end comparison FramePack uses
 * to measure drift in long generated video).
 *
 * @param lumaChange     mean luma of the end minus that of the start, −255 … 255
 * @param colourDistance Euclidean distance of the two mean colours in RGB, 0 … 441
 * @param framesEach     frames in each of the two windows
 */
public record Drift(double lumaChange, double colourDistance, int framesEach) {
    /** The share of the video at each end. */
    public static final double WINDOW = 0.15;
}
