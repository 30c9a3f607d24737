package dev.longshot.media.handoff;

/**
 * One shot of the video: from a cut, dissolve or fade to the next.
 *
 * @param name       the storyboard text of the line it starts on
 * @param line       that line's number in the storyboard file (1-based)
 * @param startFrame first frame, inclusive
 * @param endFrame   last frame, exclusive
 * @param transition how it begins: {@code cut}, {@code dissolve}, {@code morph},
 *                   {@code fade-in} …
 */
public record Shot(String name, int line, long startFrame, long endFrame, String transition) {
    public Shot {
        if (endFrame <= startFrame) {
            throw new IllegalArgumentException("empty shot " + startFrame + "…" + endFrame);
        }
    }

    public long frames() {
        return endFrame - startFrame;
    }
}
