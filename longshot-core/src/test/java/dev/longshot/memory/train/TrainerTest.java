package dev.longshot.memory.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.memory.HashEmbedder;
import dev.longshot.memory.StMfaConfig;
import dev.longshot.memory.StMfaNet;
import dev.longshot.memory.StMfaWeights;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final StMfaConfig TINY = new StMfaConfig(5, 4, 3, 3);

    @Test
    void analyticGradientMatchesFiniteDifferences() {
        HashEmbedder emb = new HashEmbedder(8);
        TrainConfig cfg = new TrainConfig(TINY, 7, 4, 1, 1e-3, true);
        Trainer trainer = new Trainer(cfg, emb);
        // A storyboard with subjects present, so entity tokens and binding are exercised.
        Trainer.Example ex = null;
        for (int i = 0; ex == null; i++) {
            var story = new SyntheticCorpus().storyboard(7, i);
            if (story.stream().filter(l -> !l.gold().subjects().isEmpty()).count() > 3) {
                ex = trainer.example(story.subList(0, Math.min(12, story.size())), null);
            }
        }
        StMfaNet net = new StMfaNet(TINY, 8);
        double[] p = net.init(3);
        double[] g = new double[p.length];
        Trainer.lossAndGradient(net, p, ex, g);
        SplittableRandom r = new SplittableRandom(11);
        double worst = 0;
        for (int n = 0; n < 300; n++) {
            int i = r.nextInt(p.length);
            double saved = p[i];
            double h = 1e-5;
            p[i] = saved + h;
            double up = Trainer.lossAndGradient(net, p, ex, new double[p.length]);
            p[i] = saved - h;
            double down = Trainer.lossAndGradient(net, p, ex, new double[p.length]);
            p[i] = saved;
            double numeric = (up - down) / (2 * h);
            double err = Math.abs(numeric - g[i]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(g[i]));
            worst = Math.max(worst, err);
        }
        assertTrue(worst < 1e-4, "worst relative gradient error " + worst);
    }

    @Test
    void sameSeedGivesIdenticalWeights() {
        TrainConfig cfg = new TrainConfig(TINY, 5, 6, 20, 3e-3, true);
        StMfaWeights a = new Trainer(cfg, new HashEmbedder(8)).train(s -> { });
        StMfaWeights b = new Trainer(cfg, new HashEmbedder(8)).train(s -> { });
        assertArrayEquals(a.params(), b.params());
        assertArrayEquals(a.toBytes(), b.toBytes());
    }

    @Test
    void weightsRecordTheirTrainingConfig() {
        TrainConfig cfg = new TrainConfig(TINY, 5, 6, 3, 2e-3, false);
        StMfaWeights w = new Trainer(cfg, new HashEmbedder(8)).train(s -> { });
        assertEquals(5, w.seed());
        assertEquals(3, w.steps());
        assertEquals(6, w.storyboards());
        assertEquals(2e-3, w.learningRate());
        assertEquals(SyntheticCorpus.ID, w.corpus());
    }

    /** {@code train-memory} with no options reproduces what the shipped header says. */
    @Test
    void defaultConfigIsTheOneTheShippedWeightsRecord() {
        StMfaWeights shipped = StMfaWeights.bundled();
        TrainConfig d = TrainConfig.DEFAULT;
        assertEquals(d.seed(), shipped.seed());
        assertEquals(d.steps(), shipped.steps());
        assertEquals(d.storyboards(), shipped.storyboards());
        assertEquals(d.learningRate(), shipped.learningRate());
        assertEquals(SyntheticCorpus.ID, shipped.corpus());
        assertEquals(d.net(), shipped.config());
    }
}
