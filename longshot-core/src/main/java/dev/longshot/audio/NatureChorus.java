package dev.longshot.audio;

import dev.longshot.plan.Setting;
import dev.longshot.world.Vec3;

/**
 * Unseen wildlife of green places: songbirds by day, crickets by night, each voice at a seeded
 * spot 15–60 m around the camera. Quiet in rain, absent in a storm, on snow, sand or stone and
 * in a city. Each voice starts and ends inside its second, so no state crosses seconds.
 */
final class NatureChorus implements Layer {
    @Override
    public String name() {
        return "nature";
    }

    @Override
    public boolean ambience() {
        return true;
    }

    static boolean green(Setting s) {
        return switch (s) {
            case FOREST, GRASSLAND, VALLEY, VILLAGE, MOUNTAINS -> true;
            default -> false;
        };
    }

    @Override
    public void render(SecondView v, Bus out) {
        if (!green(v.setting())) return;
        double wet = SecondView.mean(v.rain) + SecondView.mean(v.snow);
        double calm = StrictMath.max(0, 1 - 1.6 * wet);
        if (calm <= 0) return;
        double night = SecondView.mean(v.night);
        double woods = v.setting() == Setting.FOREST ? 1.5 : 1;
        int birds = (int) StrictMath.round(5 * (1 - night) * calm * woods);
        int crickets = (int) StrictMath.round(6 * night * calm);
        voices(v, out, Voice.CHIRP, birds, 0.35, 11);
        voices(v, out, Voice.CRICKET, crickets * 2, 0.18, 12);
    }

    private static void voices(SecondView v, Bus out, Voice voice, int count, double level,
            long purpose) {
        Pose pose = v.middlePose();
        for (int k = 0; k < count; k++) {
            long h = Noise.key(v.seed, purpose * 0x100000L + (long) v.second * 64 + k);
            double angle = 360 * Noise.unit(h);
            double metres = 15 + 45 * Noise.unit(Noise.mix(h + 1));
            Vec3 at = pose.ahead(angle, metres).plus(new Vec3(0, 3, 0));
            SoundEvent e = new SoundEvent(voice, 0, at, level * metres / Spatial.REFERENCE_METRES
                    * 0.2, Noise.mix(h + 2), 0);
            int len = e.length(v.rate);
            int start = (int) (Noise.unit(Noise.mix(h + 3)) * StrictMath.max(1, v.rate - len));
            float[] s = voice.render(e, 0, len, v.rate);
            Spatial.place(out, s, start, at, pose, e.level(), v.rate);
        }
    }
}
