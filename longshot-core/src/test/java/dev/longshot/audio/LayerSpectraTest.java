package dev.longshot.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each layer's character, by where its energy lies in the spectrum. */
class LayerSpectraTest {
    private static final int RATE = 48_000;

    /** The third second of a scene held for three seconds (the weather has settled). */
    private static SecondView view(Setting setting, Water water, TimeOfDay time, Weather weather) {
        List<ScenePlan> plans = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            plans.add(new ScenePlan(t, "held", setting, water, time, weather, Set.<Subject>of(),
                    CameraMove.STATIC, List.of(), 0));
        }
        List<List<FrameSpec>> frames = WorldFrames.of(plans, 5, 12);
        return new SecondView(2, RATE, 5, plans.get(2), frames.get(2));
    }

    private static Spectrum render(Layer layer, SecondView v) {
        Bus bus = new Bus(RATE);
        layer.render(v, bus);
        assertTrue(bus.power() > 1e-8, layer.name() + " is silent");
        return Spectrum.of(bus.left, RATE);
    }

    @Test
    void rainIsBroadband() {
        Spectrum s = render(new Rain(),
                view(Setting.FOREST, Water.NONE, TimeOfDay.NOON, Weather.RAIN));
        double[][] octaves = {{1000, 2000}, {2000, 4000}, {4000, 8000}, {8000, 16000}};
        for (double[] o : octaves) {
            double share = s.share(o[0], o[1]);
            assertTrue(share > 0.08 && share < 0.5, o[0] + "-" + o[1] + " Hz: " + share);
        }
    }

    @Test
    void birdsSingBetweenTwoAndEightKilohertz() {
        Spectrum s = render(new NatureChorus(),
                view(Setting.FOREST, Water.NONE, TimeOfDay.MORNING, Weather.CLEAR));
        double share = s.share(2000, 8000);
        assertTrue(share > 0.8, "2-8 kHz: " + share);
    }

    @Test
    void surfSwellsInTheLowFrequencies() {
        Spectrum s = render(new WaterSound(),
                view(Setting.COAST, Water.SEA, TimeOfDay.NOON, Weather.CLEAR));
        double share = s.share(0, 500);
        assertTrue(share > 0.7, "below 500 Hz: " + share);
    }

    @Test
    void aStreamBabblesInTheMiddleAndHighBands() {
        Spectrum s = render(new WaterSound(),
                view(Setting.FOREST, Water.STREAM, TimeOfDay.NOON, Weather.CLEAR));
        double share = s.share(500, 5000);
        assertTrue(share > 0.7, "0.5-5 kHz: " + share);
    }

    @Test
    void aStormRumblesBelowAHundredHertz() {
        Spectrum s = render(new StormRumble(),
                view(Setting.MOUNTAINS, Water.NONE, TimeOfDay.NOON, Weather.STORM));
        double share = s.share(0, 100);
        assertTrue(share > 0.8, "below 100 Hz: " + share);
    }

    @Test
    void distantThunderIsLowerThanNearThunder() {
        Spectrum far = Spectrum.of(thunder(2300), RATE);
        Spectrum near = Spectrum.of(thunder(450), RATE);
        assertTrue(far.share(0, 250) > 0.7, "far, below 250 Hz: " + far.share(0, 250));
        assertTrue(near.share(500, 8000) > 2 * far.share(500, 8000),
                near.share(500, 8000) + " vs " + far.share(500, 8000));
    }

    private static float[] thunder(double metres) {
        SoundEvent e = new SoundEvent(Voice.THUNDER, 0, new Vec3(0, 0, -metres), 1, 99, metres);
        return Voice.THUNDER.render(e, 0, RATE, RATE);
    }
}
