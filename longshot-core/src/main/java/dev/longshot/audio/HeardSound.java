package dev.longshot.audio;

/**
 * One sound of the soundtrack as the generation log lists it.
 *
 * @param sound   what it is: {@code thunder}, {@code bell}, {@code engine}, a call
 *                ({@code chirp}, {@code screech}, {@code howl}, {@code bleat}), or a rhythm
 *                ({@code step}, {@code hoof}, {@code wing})
 * @param seconds when it is first heard on the video's clock (thunder: after its delay)
 * @param metres  how far from the camera it sounds
 */
public record HeardSound(String sound, double seconds, double metres) {
    /** Footfalls and wing beats: many a second, logged as counts rather than one by one. */
    public boolean rhythmic() {
        return sound.equals("step") || sound.equals("hoof") || sound.equals("wing");
    }
}
