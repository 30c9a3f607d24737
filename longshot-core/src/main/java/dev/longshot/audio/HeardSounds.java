package dev.longshot.audio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The sound events of a second as the generation log lists them. */
final class HeardSounds {
    private HeardSounds() {}

    static List<HeardSound> of(List<SoundEvent> events, SecondView v) {
        List<HeardSound> out = new ArrayList<>(events.size());
        for (SoundEvent e : events) {
            int frame = (int) StrictMath.max(0, StrictMath.min(v.frames.size() - 1,
                    (e.start() - v.firstSample()) * v.fps / v.rate));
            out.add(new HeardSound(e.voice().name().toLowerCase(Locale.ROOT),
                    e.startSeconds(v.rate), v.poses[frame].distance(e.position())));
        }
        out.sort(Comparator.comparingDouble(HeardSound::seconds));
        return List.copyOf(out);
    }
}
