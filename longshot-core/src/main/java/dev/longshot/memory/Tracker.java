package dev.longshot.memory;

import dev.longshot.plan.Mentions;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Subject;
import java.util.Arrays;

/**
 * The bookkeeping around the network, shared by inference (fed its own plans) and training
 * (fed the gold plans — teacher forcing): the previous plan, when each subject was last
 * named, and where the current scene started. Immutable: {@link #advance} returns a new one.
 *
 * @param prev       plan of the previous second, null before the first
 * @param lastNamed  per subject, the last second it was named (or became present)
 * @param sceneStart first second of the current scene
 */
public record Tracker(ScenePlan prev, int[] lastNamed, int sceneStart) {
    public static Tracker initial() {
        int[] never = new int[Features.NSUB];
        Arrays.fill(never, -1_000_000);
        return new Tracker(null, never, 0);
    }

    /** The network's input for second t. */
    public StepInput input(int t, float[] embedding, Mentions m, float[] visual, float[] audio) {
        int[] ents = Features.entities(prev);
        float[] concepts = Features.concepts(m);
        return new StepInput(embedding, concepts, visual, audio,
                Features.physics(prev, t - sceneStart), ents,
                Features.entityRaw(ents, lastNamed, t), m.departsByReference() ? 1f : 0f);
    }

    /** The tracker after second t was planned as {@code plan}. */
    public Tracker advance(int t, Mentions m, ScenePlan plan) {
        int[] named = lastNamed.clone();
        for (Subject s : m.subjects()) named[s.ordinal()] = t;
        for (Subject s : plan.subjects()) {
            if (prev == null || !prev.subjects().contains(s)) named[s.ordinal()] = t;
        }
        boolean cut = prev == null || prev.scene() != plan.scene();
        return new Tracker(plan, named, cut ? t : sceneStart);
    }

    /** Scene index for a second with this setting and water: a change of either is a cut. */
    /** True when {@code candidate} leaves a scene already under way for a new one. */
    public boolean changesScene(ScenePlan candidate) {
        return prev != null && sceneOf(candidate) != prev.scene();
    }

    public int sceneOf(ScenePlan candidate) {
        if (prev == null) return 0;
        boolean cut = candidate.setting() != prev.setting() || candidate.water() != prev.water();
        return cut ? prev.scene() + 1 : prev.scene();
    }
}
