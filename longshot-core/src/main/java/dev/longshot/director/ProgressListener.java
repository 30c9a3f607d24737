package dev.longshot.director;

/** Told as frames are committed; used for progress bars. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void onFrames(long framesDone, long framesTotal);
}
