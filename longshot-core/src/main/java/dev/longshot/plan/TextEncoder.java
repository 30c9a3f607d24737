package dev.longshot.plan;

/** Reads one storyboard line into what it says about the scene. */
public interface TextEncoder {
    Mentions read(String text);
}
