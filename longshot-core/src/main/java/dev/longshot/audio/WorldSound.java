package dev.longshot.audio;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.FrameSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The soundtrack of the simulated world, in stereo (or first-order AmbiX for 360° video):
 * ambience from the place and the weather (wind, rain and snow, storm, water by kind, a city's
 * hum, birds and crickets), the engines of passing vehicles with their Doppler shift, and
 * events at what happens on screen (thunder after each flash, footfalls at foot contacts, wing
 * beats, calls, bells a line names), each placed relative to the camera, mixed and normalised
 * to a loudness target.
 *
 * <p>Determinism and rollback: every random draw is seeded per (seed, purpose, time), noise is
 * counter-based ({@link Noise}), oscillators are closed-form, and the only state is the
 * {@link SoundHistory} keyed by second, which forgets a second when it is generated again. So
 * the PCM of second t is a pure function of the seed and the frames of t and of the 15 seconds
 * before it as the video keeps them — what a rolled-back run regenerates is what a first run
 * would have made. Runs on the calling thread: the thread count of the renderer never changes
 * it. Not thread-safe.
 */
public final class WorldSound implements SoundGenerator {
    public static final int CHANNELS = 2;
    /** Channels of the 360° soundtrack: first-order AmbiX (W, Y, Z, X). */
    public static final int AMBIX_CHANNELS = Ambisonics.CHANNELS;
    public static final double DEFAULT_LOUDNESS = -16;

    private final long seed;
    private final int rate;
    private final Mixer mixer;
    private final List<Layer> beds = List.of(new Wind(), new Rain(), new StormRumble(),
            new WaterSound(), new CityHum(), new NatureChorus(), new Engines());
    private final SoundHistory history = new SoundHistory();
    private final boolean ambisonic;
    private StemSink stems = StemSink.NONE;

    /**
     * @param seed       the run's seed
     * @param rate       samples per second
     * @param targetLufs integrated loudness to aim at, LUFS (e.g. −16, or −23 for broadcast)
     */
    public WorldSound(long seed, int rate, double targetLufs) {
        this(seed, rate, targetLufs, false);
    }

    /**
     * The soundtrack for a projection: first-order AmbiX for a 360° (equirectangular) video,
     * whose player turns the sound with the view; stereo otherwise.
     */
    public static WorldSound forProjection(long seed, int rate, double targetLufs,
            boolean spherical) {
        return new WorldSound(seed, rate, targetLufs, spherical);
    }

    private WorldSound(long seed, int rate, double targetLufs, boolean ambisonic) {
        this.ambisonic = ambisonic;
        if (rate < 8000) {
            throw new IllegalArgumentException("sample rate must be at least 8000 Hz, got " + rate);
        }
        if (!(targetLufs >= -60 && targetLufs <= -5)) {
            throw new IllegalArgumentException("loudness " + targetLufs + " LUFS out of range"
                    + " (-60 … -5)");
        }
        this.seed = seed;
        this.rate = rate;
        this.mixer = new Mixer(targetLufs);
    }

    /** Also hands each layer's unscaled stereo second to {@code sink} (e.g. WAV stems). */
    public WorldSound withStems(StemSink sink) {
        this.stems = sink;
        return this;
    }

    /** Names of the layers, in mixing order (the stems' names). */
    public static List<String> layerNames() {
        return List.of("wind", "rain", "storm", "water", "city", "nature", "engines", "thunder",
                "bells", "creatures");
    }

    @Override
    public int sampleRate() {
        return rate;
    }

    @Override
    public int channels() {
        return ambisonic ? AMBIX_CHANNELS : CHANNELS;
    }

    @Override
    public List<HeardSound> heard(int t) {
        SoundHistory.Entry e = history.get(t);
        return e == null ? List.of() : e.heard();
    }

    @Override
    public short[] second(ScenePlan plan, List<FrameSpec> frames) {
        java.util.Objects.requireNonNull(plan, "plan");
        if (frames.isEmpty()) throw new IllegalArgumentException("no frames for " + plan.t());
        int t = frames.get(0).time().second();
        history.startSecond(t);
        SecondView view = new SecondView(t, rate, seed, plan, frames);
        SoundHistory.Entry before = history.get(t - 1);
        Map<String, Double> phases = before == null ? null : before.lastPhases();
        List<SoundEvent> events = EventFinder.find(view, phases);
        List<HeardSound> heard = HeardSounds.of(events, view);
        history.put(t, new SoundHistory.Entry(events, heard, Map.of(), null));
        List<SoundEvent> sounding = history.soundingIn(view.firstSample(),
                view.firstSample() + rate, rate);

        List<Layer> layers = new ArrayList<>(beds);
        layers.add(new EventLayer("thunder", v -> v == Voice.THUNDER, sounding));
        layers.add(new EventLayer("bells", v -> v == Voice.BELL, sounding));
        layers.add(new EventLayer("creatures", v -> v != Voice.THUNDER && v != Voice.BELL,
                sounding));
        List<Bus> buses = new ArrayList<>();
        for (Layer layer : layers) {
            Bus b = new Bus(rate);
            layer.render(view, b);
            buses.add(b);
            stems.accept(t, layer.name(), b.left, b.right);
        }
        // Loudness is measured on the stereo mix (what a listener facing ahead hears); a 360°
        // soundtrack is the same layers in AmbiX, scaled and limited alike.
        float[] duck = Mixer.duckUnder(layers, buses, rate);
        Bus stereo = Mixer.sum(layers, buses, duck, rate);
        Bus mix = ambisonic ? Mixer.sum(layers, ambisonic(layers, buses, view), duck, rate)
                : stereo;

        MixState was = before == null || before.mix() == null ? MixState.START : before.mix();
        double[] blocks = Loudness.blocks(stereo, rate);
        ProgrammeLoudness heardMix = was.mix().plus(blocks);
        double wanted = mixer.gainDb(was, heardMix);
        double db = mixer.turnedDown(wanted, blocks);
        // A second turned down counts at the level it was given: the seconds after it are not
        // scaled for a loudness nobody heard (an eagle's scream at t = 11 left the rest 2 LU low).
        if (db < wanted) heardMix = was.mix().plus(Mixer.scaled(blocks, db - wanted));
        double gain = StrictMath.pow(10, db / 20);
        Mixer.ramp(mix, stereo, was.started() ? was.endGain() : gain, gain);
        double[] scaled = Loudness.blocks(stereo, rate);
        short[] pcm = new short[rate * mix.count()];
        double limit = Mixer.toPcm(mix, stereo, was.endLimit(), rate, pcm);
        double[] out = Loudness.blocks(stereo, rate);
        MixState now = new MixState(heardMix, was.output().plus(out),
                Mixer.limiterLoss(was.limiterLoss(), scaled, out), gain, limit,
                was.seconds() + 1);
        history.put(t, new SoundHistory.Entry(events, heard, EventFinder.lastPhases(view), now));
        return pcm;
    }

    /** Each layer's second in AmbiX, from its stereo bus and its sources. */
    private static List<Bus> ambisonic(List<Layer> layers, List<Bus> stereo, SecondView view) {
        List<Bus> out = new ArrayList<>(layers.size());
        for (int k = 0; k < layers.size(); k++) {
            Bus a = new Bus(view.rate, Ambisonics.CHANNELS);
            layers.get(k).renderAmbisonic(view, stereo.get(k), a);
            out.add(a);
        }
        return out;
    }
}
