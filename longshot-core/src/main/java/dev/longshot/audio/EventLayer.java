package dev.longshot.audio;

import java.util.List;
import java.util.function.Predicate;

/**
 * The events sounding in a second — their own and those still ringing from earlier seconds —
 * each placed at its source as heard from the camera at the frame it sounds in.
 */
final class EventLayer implements Layer {
    private final String name;
    private final Predicate<Voice> voices;
    private final List<SoundEvent> sounding;

    EventLayer(String name, Predicate<Voice> voices, List<SoundEvent> sounding) {
        this.name = name;
        this.voices = voices;
        this.sounding = sounding;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean ambience() {
        return false;
    }

    @Override
    public void render(SecondView v, Bus out) {
        long first = v.firstSample();
        for (SoundEvent e : sounding) {
            if (!voices.test(e.voice())) continue;
            int len = e.length(v.rate);
            int a = (int) StrictMath.max(0, first - e.start());
            int b = (int) StrictMath.min(len, first + v.rate - e.start());
            if (b <= a) continue;
            float[] s = e.voice().render(e, a, b - a, v.rate);
            int offset = (int) (e.start() + a - first);
            Pose pose = v.poses[v.frameAt(StrictMath.max(0, offset))];
            Spatial.place(out, s, offset, e.position(), pose, e.level(), v.rate);
        }
    }
}
