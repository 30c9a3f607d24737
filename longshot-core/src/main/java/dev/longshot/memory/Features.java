package dev.longshot.memory;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.Mentions;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;

/**
 * Turns what the memory knows at second t into the network's input vectors.
 *
 * <p>Legend: E embedding (512), C concept features, PHY world state, ENT entity token,
 * VIS visual summary, AUD audio bands, OUT decoder outputs. Output layout, one softmax group
 * per attribute then one sigmoid per subject:
 * {@code [setting 13 | water 5 | timeOfDay 6 | weather 6 | camera 10 | subjects 11]}.
 */
public final class Features {
    static final int NS = Setting.values().length;
    static final int NW = Water.values().length;
    static final int NT = TimeOfDay.values().length;
    static final int NWX = Weather.values().length;
    static final int NC = CameraMove.values().length;
    static final int NSUB = Subject.values().length;

    /** Softmax groups of the output: offsets and sizes. */
    static final int[] GROUP_OFF = {0, NS, NS + NW, NS + NW + NT, NS + NW + NT + NWX};
    static final int[] GROUP_LEN = {NS, NW, NT, NWX, NC};
    static final int SUB_OFF = NS + NW + NT + NWX + NC;
    public static final int OUT = SUB_OFF + NSUB;

    public static final int C = (NS + 1) + (NW + 1) + (NT + 1) + (NWX + 1) + (NC + 1)
            + 2 * NSUB + 5;
    public static final int PHY = NS + NW + NT + NWX + NC + NSUB + 2;
    public static final int ENT = NSUB + 2;
    public static final int VIS = VisualSummary.SIZE;
    public static final int AUD = AudioSummary.SIZE;

    private Features() {}

    /** (C) what the lexicon found in the line: one-hot per attribute plus "not mentioned". */
    public static float[] concepts(Mentions m) {
        float[] c = new float[C];
        int o = 0;
        o = oneHot(c, o, NS, m.setting() == null ? -1 : m.setting().ordinal());
        o = oneHot(c, o, NW, m.water() == null ? -1 : m.water().ordinal());
        o = oneHot(c, o, NT, m.timeOfDay() == null ? -1 : m.timeOfDay().ordinal());
        o = oneHot(c, o, NWX, m.weather() == null ? -1 : m.weather().ordinal());
        o = oneHot(c, o, NC, m.camera() == null ? -1 : m.camera().ordinal());
        for (Subject s : m.subjects()) c[o + s.ordinal()] = 1;
        o += NSUB;
        for (Subject s : m.departing()) c[o + s.ordinal()] = 1;
        o += NSUB;
        c[o++] = m.references().contains("it") ? 1 : 0;
        c[o++] = m.references().contains("herd") ? 1 : 0;
        c[o++] = m.departure() ? 1 : 0;
        c[o++] = m.departsByReference() ? 1 : 0;
        c[o++] = Math.min(1f, m.unrecognized().size() / 2f);
        return c;
    }

    /** One-hot of {@code index} over n slots plus a last "absent" slot (index -1). */
    private static int oneHot(float[] v, int o, int n, int index) {
        v[o + (index < 0 ? n : index)] = 1;
        return o + n + 1;
    }

    /**
     * (PHY) the world after the previous second: its attributes, who is present, and how long
     * the scene has run. All zeros but the first-second flag before the first second.
     */
    public static float[] physics(ScenePlan prev, int secondsInScene) {
        float[] p = new float[PHY];
        if (prev == null) {
            p[PHY - 2] = 1;
            return p;
        }
        int o = 0;
        p[o + prev.setting().ordinal()] = 1;
        o += NS;
        p[o + prev.water().ordinal()] = 1;
        o += NW;
        p[o + prev.timeOfDay().ordinal()] = 1;
        o += NT;
        p[o + prev.weather().ordinal()] = 1;
        o += NWX;
        p[o + prev.camera().ordinal()] = 1;
        o += NC;
        for (Subject s : prev.subjects()) p[o + s.ordinal()] = 1;
        // Squashed scene age: 0 at a cut, → 1 for long scenes.
        p[PHY - 1] = secondsInScene / (secondsInScene + 8f);
        return p;
    }

    /** Subjects present after the previous second, in subject order (entity tokens). */
    public static int[] entities(ScenePlan prev) {
        if (prev == null) return new int[0];
        return prev.subjects().stream().mapToInt(Subject::ordinal).toArray();
    }

    /**
     * (n, ENT) entity token features: which subject, how recently it was named (1 this second,
     * halving per second of silence … as 1/(1+age)), and whether it is the most recent one.
     */
    public static float[][] entityRaw(int[] entities, int[] lastNamed, int t) {
        float[][] raw = new float[entities.length][ENT];
        int newest = Integer.MIN_VALUE;
        for (int s : entities) newest = Math.max(newest, lastNamed[s]);
        for (int k = 0; k < entities.length; k++) {
            int s = entities[k];
            raw[k][s] = 1;
            raw[k][NSUB] = 1f / (1 + Math.max(0, t - lastNamed[s]));
            raw[k][NSUB + 1] = lastNamed[s] == newest ? 1 : 0;
        }
        return raw;
    }
}
