package dev.longshot.memory;

import dev.longshot.plan.BgeEmbedder;
import dev.longshot.plan.Mentions;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.SentenceEmbedder;
import java.util.Objects;

/**
 * The learned ST-MFA memory: text, visual, physics and audio of each second fused by
 * cross-modal attention into an LSTM whose decoder heads give the {@link ScenePlan}.
 * Feed the previous second's frames and sound with {@link #observe}; without them those
 * modalities are zeros (as in every run: the director plans from the text alone), which the
 * training also covers. Not the default memory: it does not beat the carry-over rule
 * (README, "The planning memory").
 */
public final class StMfaMemory implements MemoryCore {
    private final StMfaNet net;
    private final double[] params;
    private final SentenceEmbedder embedder;
    private final Ablation ablation;
    private State state;

    /** Everything that changes from second to second; immutable (arrays are never written). */
    private record State(int next, StMfaNet.State lstm, Tracker tracker, float[] visual,
            float[] audio, KeyState keys) implements Snapshot {
        @Override
        public int nextSecond() {
            return next;
        }
    }

    public StMfaMemory(StMfaWeights weights, SentenceEmbedder embedder, Ablation ablation) {
        if (weights.embeddingDim() != embedder.dim()) {
            throw new IllegalArgumentException("weights expect embeddings of "
                    + weights.embeddingDim() + " dims, encoder gives " + embedder.dim());
        }
        this.net = new StMfaNet(weights.config(), weights.embeddingDim());
        this.params = weights.params();
        this.embedder = embedder;
        this.ablation = ablation;
        this.state = new State(0, StMfaNet.State.zero(weights.config().memDim()),
                Tracker.initial(), VisualSummary.absent(), AudioSummary.absent(),
                KeyState.INITIAL);
    }

    /** The shipped weights with the bundled text model. */
    public static StMfaMemory bundled() {
        return new StMfaMemory(StMfaWeights.bundled(), sharedEmbedder(), Ablation.NONE);
    }

    private static final class Shared {
        static final BgeEmbedder EMBEDDER = new BgeEmbedder();
    }

    /** One embedder (and cache) per JVM: the ONNX model is loaded once. */
    public static SentenceEmbedder sharedEmbedder() {
        return Shared.EMBEDDER;
    }

    @Override
    public void observe(float[] visual, float[] audio) {
        state = new State(state.next, state.lstm, state.tracker, visual.clone(), audio.clone(),
                state.keys);
    }

    @Override
    public ScenePlan step(int t, String text, Mentions m) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(m, "mentions");
        if (t != state.next) {
            throw new IllegalStateException("expected second " + state.next + ", got " + t);
        }
        Tracker tracker = state.tracker;
        // A place named only in passing ("a meadow at dawn") sets the scene only at the start.
        if (t == 0) m = m.withHintAsSetting();
        StepInput in = tracker.input(t, embedder.embed(text), m, state.visual, state.audio);
        StMfaNet.Cache k = net.forward(params, in, state.lstm, ablation);
        Decoder.Decoded d = Decoder.decode(k.logits);
        ScenePlan draft = new ScenePlan(t, text, d.setting(), d.water(), d.timeOfDay(),
                d.weather(), d.subjects(), d.camera(), m.unrecognized(), 0);
        int scene = tracker.sceneOf(draft);
        boolean changes = tracker.changesScene(draft) && m.transition() != null;
        ScenePlan plan = new ScenePlan(t, text, d.setting(), d.water(), d.timeOfDay(),
                d.weather(), d.subjects(), d.camera(), m.unrecognized(), scene,
                changes ? m.transition() : dev.longshot.plan.Transition.CUT, m.subjects());
        // The plan/2 keys follow the carry-over rule: the learned heads know only the old enums.
        KeyState keys = m.reading() == null ? state.keys : state.keys.step(m.reading());
        if (m.reading() != null) plan = new ScenePlan(plan.t(), text, plan.setting(),
                plan.water(), plan.timeOfDay(), plan.weather(), plan.subjects(), plan.camera(),
                plan.unrecognized(), plan.scene(), plan.transition(), plan.named(), keys.keys());
        // Frames and sound of this second arrive through observe() before the next step.
        state = new State(t + 1, StMfaNet.next(k), tracker.advance(t, m, plan),
                VisualSummary.absent(), AudioSummary.absent(), keys);
        return plan;
    }

    @Override
    public Snapshot checkpoint() {
        return state;
    }

    @Override
    public void restore(Snapshot snapshot) {
        if (!(snapshot instanceof State s)) {
            throw new IllegalArgumentException("not a snapshot of this memory: " + snapshot);
        }
        state = s;
    }
}
