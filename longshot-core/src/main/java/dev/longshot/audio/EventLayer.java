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
        each(v, (s, offset, e, pose) ->
                Spatial.place(out, s, offset, e.position(), pose, e.level(), v.rate));
    }

    @Override
    public void renderAmbisonic(SecondView v, Bus stereo, Bus ambi) {
        each(v, (s, offset, e, pose) ->
                Ambisonics.place(ambi, s, offset, e.position(), pose, e.level()));
    }

    /** Where one event's samples go: a bus, placed by one of the spatial encoders. */
    private interface Placement {
        void place(float[] samples, int offset, SoundEvent e, Pose listener);
    }

    private void each(SecondView v, Placement to) {
        long first = v.firstSample();
        for (SoundEvent e : sounding) {
            if (!voices.test(e.voice())) continue;
            int len = e.length(v.rate);
            int a = (int) StrictMath.max(0, first - e.start());
            int b = (int) StrictMath.min(len, first + v.rate - e.start());
            if (b <= a) continue;
            // Start a little early when the sound began before this second: the far ear hears
            // it up to 0.66 ms late, and those samples belong to this second (pad: 1 ms).
            int from = StrictMath.max(0, a - (v.rate / 1000 + 1));
            float[] s = e.voice().render(e, from, b - from, v.rate);
            int offset = (int) (e.start() + from - first);
            to.place(s, offset, e, v.poses[v.frameAt(StrictMath.max(0, offset))]);
        }
    }
}
