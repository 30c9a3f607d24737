package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Mentions;
import dev.longshot.plan.SceneLexicon;
import dev.longshot.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MemoryCore} promises: the same lines (and observations) give the same
 * plans in a fresh instance; {@link MemoryCore#checkpoint()} / {@link MemoryCore#restore}
 * replay exactly, also from the start, twice from one snapshot, and with what
 * {@link MemoryCore#observe} fed in before the checkpoint; the snapshot knows the next
 * second; seconds out of order, null lines and foreign snapshots are refused with a message.
 */
public abstract class MemoryCoreContract {
    static final String[] LINES = {"晨光中的森林,鹿群在溪边饮水", "镜头缓缓推进", "下雨了",
        "A wolf appears on the ridge", "Dusk over the desert", "它们离开了", "航拍"};
    static final int CHECKPOINT = 3;
    static final int SECONDS = LINES.length;
    private static final SceneLexicon LEXICON = SceneLexicon.bundled();

    /** A memory at second 0. */
    protected abstract MemoryCore create();

    /** What the frames and the sound of second {@code t} looked like (made-up, varied). */
    static float[][] observed(int t) {
        float[] visual = new float[VisualSummary.SIZE];
        float[] audio = new float[AudioSummary.SIZE];
        for (int i = 0; i < visual.length; i++) visual[i] = ((t * 7 + i * 3) % 10) / 10f;
        for (int i = 0; i < audio.length; i++) audio[i] = ((t * 5 + i) % 4) / 4f;
        return new float[][] {visual, audio};
    }

    /** Seconds {@code from … to-1}, each followed by what it looked and sounded like. */
    static List<ScenePlan> planSeconds(MemoryCore memory, int from, int to) {
        List<ScenePlan> plans = new ArrayList<>();
        for (int t = from; t < to; t++) {
            plans.add(memory.step(t, LINES[t], LEXICON.read(LINES[t])));
            float[][] o = observed(t);
            memory.observe(o[0], o[1]);
        }
        return plans;
    }

    @Test
    void sameLinesGiveTheSamePlansInAFreshInstance() {
        assertEquals(planSeconds(create(), 0, SECONDS), planSeconds(create(), 0, SECONDS));
    }

    @Test
    void restoreReplaysTheSamePlans() {
        MemoryCore memory = create();
        planSeconds(memory, 0, CHECKPOINT);
        MemoryCore.Snapshot at = memory.checkpoint();
        List<ScenePlan> first = planSeconds(memory, CHECKPOINT, SECONDS);
        assertEquals(planSeconds(create(), 0, SECONDS).subList(CHECKPOINT, SECONDS), first,
                "taking a checkpoint changed the plans");
        memory.restore(at);
        assertEquals(first, planSeconds(memory, CHECKPOINT, SECONDS), "after restore");
        memory.restore(at);
        assertEquals(first, planSeconds(memory, CHECKPOINT, SECONDS), "after a second restore");
    }

    @Test
    void restoreToTheStartReplaysTheWholeStoryboard() {
        MemoryCore memory = create();
        MemoryCore.Snapshot start = memory.checkpoint();
        assertEquals(0, start.nextSecond());
        List<ScenePlan> first = planSeconds(memory, 0, SECONDS);
        memory.restore(start);
        assertEquals(first, planSeconds(memory, 0, SECONDS));
    }

    @Test
    void theSnapshotKnowsTheNextSecond() {
        MemoryCore memory = create();
        planSeconds(memory, 0, CHECKPOINT);
        assertEquals(CHECKPOINT, memory.checkpoint().nextSecond());
    }

    @Test
    void secondsOutOfOrderAreRefusedWithBothNumbers() {
        MemoryCore memory = create();
        planSeconds(memory, 0, 2);
        for (int wrong : new int[] {-1, 0, 1, 3}) {
            var e = assertThrows(IllegalStateException.class,
                    () -> memory.step(wrong, LINES[2], LEXICON.read(LINES[2])), "second " + wrong);
            assertTrue(e.getMessage().contains("2") && e.getMessage().contains("" + wrong),
                    e.getMessage());
        }
        assertEquals(2, memory.step(2, LINES[2], LEXICON.read(LINES[2])).t(),
                "still usable after the refusals");
    }

    @Test
    void nullLineOrMentionsAreRefusedByName() {
        MemoryCore memory = create();
        var text = assertThrows(NullPointerException.class,
                () -> memory.step(0, null, LEXICON.read(LINES[0])));
        assertEquals("text", text.getMessage());
        var mentions = assertThrows(NullPointerException.class,
                () -> memory.step(0, LINES[0], (Mentions) null));
        assertEquals("mentions", mentions.getMessage());
    }

    @Test
    void aSnapshotOfAnotherKindIsRefused() {
        MemoryCore memory = create();
        var e = assertThrows(IllegalArgumentException.class,
                () -> memory.restore(() -> 0));
        assertNotNull(e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> memory.restore(null));
    }
}
