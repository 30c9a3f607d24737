package dev.longshot.audio;

/** How each kind of {@link SoundEvent} sounds: a small synthesiser per kind. */
enum Voice {
    THUNDER, STEP, HOOF, CHIRP, SCREECH, HOWL, BLEAT, WING, CRICKET, BELL;

    int length(SoundEvent e, int rate) {
        double s = switch (this) {
            case THUNDER -> 3.5 + e.param() / 900;
            case STEP -> 0.09;
            case HOOF -> 0.09;
            case CHIRP -> 0.1 + 0.08 * Noise.unit(e.key());
            case SCREECH -> 0.8;
            case HOWL -> 2.6;
            case BLEAT -> 0.6;
            case WING -> 0.14;
            case CRICKET -> 0.09;
            case BELL -> 7;
        };
        return (int) (s * rate);
    }

    /** Samples {@code from} … {@code from + n} of the sound (0 = its start), mono. */
    float[] render(SoundEvent e, int from, int n, int rate) {
        return switch (this) {
            case THUNDER -> Voices.thunder(e, from, n, rate);
            case STEP, HOOF -> Voices.step(e, from, n, rate, this == HOOF);
            case CHIRP -> Voices.chirp(e, from, n, rate);
            case SCREECH -> Voices.screech(e, from, n, rate);
            case HOWL -> Voices.howl(e, from, n, rate);
            case BLEAT -> Voices.bleat(e, from, n, rate);
            case WING -> Voices.wing(e, from, n, rate);
            case CRICKET -> Voices.cricket(e, from, n, rate);
            case BELL -> Voices.bell(e, from, n, rate);
        };
    }
}
