package dev.longshot.audio;

import dev.longshot.plan.Subject;
import dev.longshot.world.Atmosphere;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lightning;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Vec3;
import dev.longshot.world.scenery.Prop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the sound events of one second in its frames: a thunderclap for each lightning flash
 * that starts in it, delayed by the bolt's distance at 343 m/s; a footfall at each foot contact
 * of a walker's gait; a wing beat at each downstroke of a flier; now and then a call; the
 * strokes of a bell the line names.
 */
final class EventFinder {
    static final double SPEED_OF_SOUND = 343;

    private EventFinder() {}

    static List<SoundEvent> find(SecondView v, Map<String, Double> previousPhases) {
        List<SoundEvent> out = new ArrayList<>();
        thunder(v, out);
        gaits(v, previousPhases, out);
        calls(v, out);
        bells(v, out);
        return out;
    }

    /** Gait phases at the second's last frame, by subject id. */
    static Map<String, Double> lastPhases(SecondView v) {
        Map<String, Double> m = new HashMap<>();
        for (SubjectPose p : v.frames.get(v.frames.size() - 1).subjects()) {
            m.put(p.id(), p.gaitPhase());
        }
        return m;
    }

    private static void thunder(SecondView v, List<SoundEvent> out) {
        for (int f = 0; f < v.frames.size(); f++) {
            FrameSpec spec = v.frames.get(f);
            Atmosphere air = spec.lighting().atmosphere();
            if (air.flash() <= 0) continue;
            double now = spec.time().seconds();
            Lightning.Strike s = Lightning.strikeAt(air.seed(), now);
            if (s == null) continue;
            // The flash is first seen on the first frame at or after its onset: count it there.
            long first = (long) StrictMath.ceil(s.onsetSeconds() * v.fps - 1e-9);
            if (first != spec.time().frame()) continue;
            double d = s.distanceMetres();
            Pose at = v.poses[f];
            Vec3 bolt = at.ahead(s.azimuthOffsetDeg(), d);
            long start = StrictMath.round((s.onsetSeconds() + d / SPEED_OF_SOUND) * v.rate);
            // Heard level: falls slower than 1/r (a bolt is a long line source); undo the
            // point-source loss that Spatial applies.
            double heard = 1.2 * StrictMath.pow(400 / d, 0.4) * s.peak()
                    * StrictMath.max(0.3, v.storm[f]);
            out.add(new SoundEvent(Voice.THUNDER, start, bolt,
                    heard / Spatial.distanceGain(d),
                    Noise.key(v.seed, 0x7400000L + first), d));
        }
    }

    private static void gaits(SecondView v, Map<String, Double> previous, List<SoundEvent> out) {
        double dt = 1.0 / v.fps;
        for (int f = 0; f < v.frames.size(); f++) {
            FrameSpec spec = v.frames.get(f);
            Map<String, Double> before = f == 0 ? previous : phases(v.frames.get(f - 1));
            if (before == null || spec.cut()) continue;
            int walkers = 0;
            for (SubjectPose p : spec.subjects()) {
                Double prev = before.get(p.id());
                if (prev == null || p.speed() < 0.2) continue;
                Gait g = Gait.of(subjectOf(p));
                if (g == null || walkers++ >= 24) continue;
                double d = p.gaitPhase() - prev;
                if (d < 0) d += 1;
                if (d <= 0) continue;
                for (double c : g.contacts) {
                    double to = c - prev;
                    to -= StrictMath.floor(to);
                    if (to == 0 || to > d) continue;
                    double t = spec.time().seconds() - dt + dt * to / d;
                    // A contact just before this second's first frame was already past when the
                    // last second was made: it sounds at this second's start (< 1 frame late).
                    long start = StrictMath.max(v.firstSample(), StrictMath.round(t * v.rate));
                    long key = Noise.key(v.seed, start * 31 + p.id().hashCode());
                    out.add(new SoundEvent(g.voice, start, p.position(),
                            g.level * p.size() * StrictMath.min(1.5, 0.6 + p.speed() / 4), key, 0));
                }
            }
        }
    }

    private static Map<String, Double> phases(FrameSpec spec) {
        Map<String, Double> m = new HashMap<>();
        for (SubjectPose p : spec.subjects()) m.put(p.id(), p.gaitPhase());
        return m;
    }

    /** Calls: each subject of a calling kind may call once in a second, at a seeded moment. */
    private static void calls(SecondView v, List<SoundEvent> out) {
        FrameSpec mid = v.middle();
        double night = SecondView.mean(v.night);
        for (SubjectPose p : mid.subjects()) {
            long h = Noise.key(v.seed, (long) v.second * 0x10001L + p.id().hashCode());
            Voice voice;
            double chance;
            double level;
            switch (subjectOf(p)) {
                case BIRD -> { voice = Voice.CHIRP; chance = 0.55 - 0.45 * night; level = 0.5; }
                case EAGLE -> { voice = Voice.SCREECH; chance = 0.1; level = 1.2; }
                case WOLF -> { voice = Voice.HOWL; chance = 0.05 + 0.2 * night; level = 1.5; }
                case SHEEP -> { voice = Voice.BLEAT; chance = 0.12; level = 0.8; }
                default -> { continue; }
            }
            if (Noise.unit(h) >= chance) continue;
            long start = v.firstSample() + (long) (Noise.unit(Noise.mix(h)) * v.rate);
            out.add(new SoundEvent(voice, start, p.position(), level, Noise.mix(h + 1), 0));
        }
    }

    /** Words of a line that name a bell's sound (a bell tower alone tolls too). */
    static final List<String> BELL_WORDS = List.of("钟声", "钟响", "钟鸣", "敲钟", "撞钟",
            "钟楼", "bell", "chime");
    /** Seconds between two strokes of a tolling bell. */
    static final int TOLL_SECONDS = 3;

    /**
     * Bells, where the line names them: a stroke every {@value #TOLL_SECONDS} seconds (at a
     * seeded phase and moment), from the nearest tower or temple in the scenery, or, when there
     * is none, from a seeded bearing 150 m away.
     */
    private static void bells(SecondView v, List<SoundEvent> out) {
        String text = v.plan.text() == null ? "" : v.plan.text().toLowerCase(Locale.ROOT);
        if (BELL_WORDS.stream().noneMatch(text::contains)) return;
        long h = Noise.key(v.seed, 0xBE11L);
        int phase = (int) (Noise.unit(h) * TOLL_SECONDS);
        if (Math.floorMod(v.second - phase, TOLL_SECONDS) != 0) return;
        long start = v.firstSample() + (long) (0.1 * v.rate + 0.3 * v.rate * Noise.unit(h + 1));
        Pose ear = v.poses[0];
        Vec3 at = ear.ahead(360 * Noise.unit(h + 2), 150);
        double best = Double.MAX_VALUE;
        for (Prop p : v.terrain().scenery().props()) {
            if (!p.thing().equals("pagoda") && !p.thing().equals("temple")) continue;
            Vec3 top = new Vec3(p.x(), p.y() + p.height() * 0.8, p.z());
            if (ear.distance(top) < best) {
                best = ear.distance(top);
                at = top;
            }
        }
        double hz = 110 + 80 * Noise.unit(h + 3);
        out.add(new SoundEvent(Voice.BELL, start, at, 6, Noise.mix(h + v.second), hz));
    }

    /** The vocabulary kind a species sounds like: its own, or its family's stand-in. */
    static Subject subjectOf(SubjectPose p) {
        for (Subject s : Subject.values()) {
            if (s.id().equals(p.type().id())) return s;
        }
        return switch (p.type().family()) {
            case BIRD -> Subject.BIRD;
            case PERSON -> Subject.PERSON;
            case QUADRUPED -> Subject.DEER;
            default -> Subject.FISH;
        };
    }

    /** How a kind of subject's feet or wings sound and when they strike in its cycle. */
    private record Gait(Voice voice, double level, double[] contacts) {
        private static final double[] FOUR = {0, 0.25, 0.5, 0.75};
        private static final double[] TWO = {0, 0.5};
        private static final double[] ONE = {0};

        static Gait of(Subject s) {
            return switch (s) {
                case HORSE -> new Gait(Voice.HOOF, 1.0, FOUR);
                case DEER -> new Gait(Voice.HOOF, 0.5, FOUR);
                case SHEEP -> new Gait(Voice.HOOF, 0.35, FOUR);
                case BEAR -> new Gait(Voice.STEP, 0.9, FOUR);
                case WOLF -> new Gait(Voice.STEP, 0.35, FOUR);
                case PERSON -> new Gait(Voice.STEP, 0.5, TWO);
                case SOLDIER -> new Gait(Voice.STEP, 0.6, TWO);
                case BIRD -> new Gait(Voice.WING, 0.2, ONE);
                case EAGLE -> new Gait(Voice.WING, 0.6, ONE);
                default -> null;
            };
        }
    }
}
