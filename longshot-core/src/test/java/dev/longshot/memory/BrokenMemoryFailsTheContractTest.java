package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.longshot.plan.Mentions;
import dev.longshot.plan.ScenePlan;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The contract's replay checks can fail: a memory that numbers scenes with a counter kept
 * outside its snapshot replays the storyboard with other scene numbers after a restore.
 */
class BrokenMemoryFailsTheContractTest {
    /** Carry-over planning, but scenes renumbered by a counter the snapshot does not hold. */
    private static final class Renumbering implements MemoryCore {
        final CarryOverMemory inner = new CarryOverMemory();
        int scenes;
        int lastScene = -1;

        @Override
        public ScenePlan step(int t, String text, Mentions mentions) {
            ScenePlan p = inner.step(t, text, mentions);
            if (p.scene() != lastScene) scenes++;
            lastScene = p.scene();
            return new ScenePlan(p.t(), p.text(), p.setting(), p.water(), p.timeOfDay(),
                    p.weather(), p.subjects(), p.camera(), p.unrecognized(), scenes - 1,
                    p.transition());
        }

        @Override
        public Snapshot checkpoint() {
            return inner.checkpoint();
        }

        @Override
        public void restore(Snapshot snapshot) {
            inner.restore(snapshot); // forgets scenes and lastScene
        }
    }

    private static MemoryCoreContract checks() {
        return new MemoryCoreContract() {
            @Override
            protected MemoryCore create() {
                return new Renumbering();
            }
        };
    }

    @Test
    void stateOutsideTheSnapshotFailsTheReplayChecks() {
        MemoryCoreContract c = checks();
        assertThrows(AssertionFailedError.class, c::restoreReplaysTheSamePlans);
        assertThrows(AssertionFailedError.class, c::restoreToTheStartReplaysTheWholeStoryboard);
        assertDoesNotThrow(c::sameLinesGiveTheSamePlansInAFreshInstance);
        assertDoesNotThrow(c::theSnapshotKnowsTheNextSecond);
    }
}
