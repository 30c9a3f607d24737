package dev.longshot.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the sound of recent seconds left behind, keyed by second: the events found in each
 * (a thunderclap rings for seconds), the subjects' last gait phases (a footfall between two
 * seconds), and the state of the mix (the programme's loudness so far, the gains reached).
 * Generating second t first forgets t and everything after it, so after a rollback the history
 * holds exactly the seconds as last generated — the ones the video keeps — and a regenerated
 * second sounds as a first run would. No checkpoint is needed: the history is a function of
 * the kept seconds (the mix's state carries the programme from its start, second by second).
 */
final class SoundHistory {
    /** Seconds kept: longer than any thunder's delay plus its ring. */
    static final int KEPT_SECONDS = 16;

    /**
     * One second's record.
     *
     * @param events     sounds that start in or after this second (thunder starts later)
     * @param heard      the same as the generation log lists them
     * @param lastPhases gait phase of each subject at the second's last frame
     * @param mix        the mix's state after the second; null while it is being made
     */
    record Entry(List<SoundEvent> events, List<HeardSound> heard, Map<String, Double> lastPhases,
            MixState mix) {}

    private final TreeMap<Integer, Entry> seconds = new TreeMap<>();

    /** Drops second {@code t} and later (about to be generated again) and the long past. */
    void startSecond(int t) {
        seconds.tailMap(t, true).clear();
        seconds.headMap(t - KEPT_SECONDS, false).clear();
    }

    Entry get(int t) {
        return seconds.get(t);
    }

    void put(int t, Entry e) {
        seconds.put(t, e);
    }

    /** Events of the kept seconds that sound somewhere in samples [from, to). */
    List<SoundEvent> soundingIn(long from, long to, int rate) {
        List<SoundEvent> out = new ArrayList<>();
        for (Entry e : seconds.values()) {
            for (SoundEvent ev : e.events()) {
                if (ev.start() < to && ev.start() + ev.length(rate) > from) out.add(ev);
            }
        }
        return out;
    }
}
