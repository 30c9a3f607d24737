package dev.longshot.audio;

/**
 * What the mix of the seconds so far leaves for the next one, kept per second in the {@link
 * SoundHistory} so a rollback starts from it again.
 *
 * @param mix          loudness of the unscaled stereo mix from the programme's start
 * @param output       loudness of the stereo output (scaled and limited) from the start
 * @param limiterLoss  LU the limiter has been taking off lately (smoothed over seconds)
 * @param endGain      loudness gain at the last second's end, linear; NaN before the first
 * @param endLimit     limiter gain at the last second's end, linear
 * @param seconds      seconds made so far
 */
record MixState(ProgrammeLoudness mix, ProgrammeLoudness output, double limiterLoss,
        double endGain, double endLimit, int seconds) {
    /** Before the programme's first second. */
    static final MixState START = new MixState(ProgrammeLoudness.EMPTY, ProgrammeLoudness.EMPTY,
            0, Double.NaN, 1, 0);

    boolean started() {
        return !Double.isNaN(endGain);
    }
}
