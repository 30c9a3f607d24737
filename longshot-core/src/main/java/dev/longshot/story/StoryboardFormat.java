package dev.longshot.story;

import java.util.List;

/** One way of writing a storyboard down. Implementations read decoded text, never bytes. */
interface StoryboardFormat {
    /**
     * The entries of {@code text}, contiguous from second 0.
     *
     * @throws StoryboardException naming {@code source}, the line and the problem
     */
    List<StoryLine> read(String source, String text);
}
