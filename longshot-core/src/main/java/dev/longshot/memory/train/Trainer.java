package dev.longshot.memory.train;

import dev.longshot.memory.AudioSummary;
import dev.longshot.memory.StMfaNet;
import dev.longshot.memory.StMfaWeights;
import dev.longshot.memory.StepInput;
import dev.longshot.memory.Tracker;
import dev.longshot.memory.VisualSummary;
import dev.longshot.plan.Mentions;
import dev.longshot.plan.SceneLexicon;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.SentenceEmbedder;
import dev.longshot.render.Frame;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.Timecode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains the ST-MFA memory on the synthetic corpus: teacher forcing (the network sees the
 * gold plan of the previous second, as it sees its own plan at inference), full BPTT over
 * each storyboard (≤ 51 seconds: the truncation), Adam with a cosine schedule. Single
 * thread, seeded, fixed order: the same config gives the same weights, bit for bit.
 */
public final class Trainer {
    private final TrainConfig cfg;
    private final SentenceEmbedder embedder;
    private final SceneLexicon lexicon = SceneLexicon.bundled();

    public Trainer(TrainConfig cfg, SentenceEmbedder embedder) {
        this.cfg = cfg;
        this.embedder = embedder;
    }

    /** A prepared storyboard: inputs and gold plans. */
    record Example(List<StepInput> inputs, List<ScenePlan> gold) {}

    public StMfaWeights train(Consumer<String> log) {
        StMfaNet net = new StMfaNet(cfg.net(), embedder.dim());
        double[] p = net.init(cfg.seed());
        log.accept("parameters: " + p.length);
        List<Example> corpus = prepare(log);
        double[] g = new double[p.length];
        Adam adam = new Adam(p.length);
        SplittableRandom order = new SplittableRandom(cfg.seed() ^ 0x5DEECE66DL);
        double avg = 0;
        for (int step = 0; step < cfg.steps(); step++) {
            Example ex = corpus.get(order.nextInt(corpus.size()));
            double loss = lossAndGradient(net, p, ex, g) / ex.gold().size();
            double lr = cfg.learningRate()
                    * (0.1 + 0.9 * 0.5 * (1 + StrictMath.cos(Math.PI * step / cfg.steps())));
            adam.step(p, g, lr, 5.0);
            avg = step == 0 ? loss : 0.98 * avg + 0.02 * loss;
            if ((step + 1) % 250 == 0 || step + 1 == cfg.steps()) {
                log.accept(String.format("step %5d/%d  loss %.4f  lr %.5f", step + 1,
                        cfg.steps(), avg, lr));
            }
        }
        return new StMfaWeights(cfg.net(), embedder.dim(), cfg.seed(), cfg.steps(),
                cfg.storyboards(), cfg.learningRate(), SyntheticCorpus.ID, p);
    }

    /** Forward over the storyboard, then backward through time; returns the summed loss. */
    static double lossAndGradient(StMfaNet net, double[] p, Example ex, double[] g) {
        int n = ex.inputs().size();
        List<StMfaNet.Cache> caches = new ArrayList<>(n);
        StMfaNet.State st = StMfaNet.State.zero(net.config().memDim());
        double loss = 0;
        List<double[]> dLogits = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            StMfaNet.Cache k = net.forward(p, ex.inputs().get(t), st, dev.longshot.memory.Ablation.NONE);
            caches.add(k);
            st = StMfaNet.next(k);
            double[] dy = new double[k.logits().length];
            loss += net.loss(k.logits(), ex.gold().get(t), dy);
            dLogits.add(dy);
        }
        double[] dh = new double[net.config().memDim()];
        double[] dc = new double[net.config().memDim()];
        for (int t = n - 1; t >= 0; t--) net.backward(p, caches.get(t), dLogits.get(t), dh, dc, g);
        return loss;
    }

    List<Example> prepare(Consumer<String> log) {
        SyntheticCorpus corpus = new SyntheticCorpus();
        List<Example> out = new ArrayList<>(cfg.storyboards());
        int lines = 0;
        for (int i = 0; i < cfg.storyboards(); i++) {
            List<SyntheticCorpus.Line> story = corpus.storyboard(cfg.seed(), i);
            // Half the storyboards see rendered frames, half zeros: both happen at inference.
            boolean visual = cfg.renderVisual() && i % 2 == 0;
            float[][] frames = visual ? visualTrack(story) : null;
            out.add(example(story, frames));
            lines += story.size();
            if ((i + 1) % 200 == 0) log.accept("corpus: " + (i + 1) + " storyboards, " + lines + " lines");
        }
        return out;
    }

    Example example(List<SyntheticCorpus.Line> story, float[][] frames) {
        Tracker tracker = Tracker.initial();
        List<StepInput> inputs = new ArrayList<>();
        List<ScenePlan> gold = new ArrayList<>();
        for (int t = 0; t < story.size(); t++) {
            SyntheticCorpus.Line line = story.get(t);
            Mentions m = lexicon.read(line.text());
            float[] vis = frames == null ? VisualSummary.absent() : frames[t];
            inputs.add(tracker.input(t, embedder.embed(line.text()), m, vis, AudioSummary.absent()));
            gold.add(line.gold());
            tracker = tracker.advance(t, m, line.gold());
        }
        return new Example(inputs, gold);
    }

    /** Visual summary of the last frame of second t-1 (zeros at t = 0), rendered small. */
    private float[][] visualTrack(List<SyntheticCorpus.Line> story) {
        float[][] v = new float[story.size()][];
        v[0] = VisualSummary.absent();
        DefaultWorld world = new DefaultWorld(cfg.seed());
        try (SoftwareRenderer renderer = new SoftwareRenderer(64, 36, 1)) {
            for (int t = 0; t + 1 < story.size(); t++) {
                Frame f = renderer.render(world.step(story.get(t).gold(), new Timecode(t, 1)));
                v[t + 1] = VisualSummary.of(f.rgb(), f.width(), f.height());
            }
        }
        return v;
    }
}
