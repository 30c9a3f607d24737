package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.SceneLexicon;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped ST-MFA weights with the real text model. */
class StMfaMemoryTest extends MemoryCoreContract {
    @Override
    protected MemoryCore create() {
        return StMfaMemory.bundled();
    }

    private final SceneLexicon lexicon = SceneLexicon.bundled();

    private List<ScenePlan> plan(MemoryCore memory, int from, String... lines) {
        List<ScenePlan> plans = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            plans.add(memory.step(from + i, lines[i], lexicon.read(lines[i])));
        }
        return plans;
    }

    @Test
    void attributesPersistUntilChanged() {
        List<ScenePlan> p = plan(StMfaMemory.bundled(), 0, "晨光中的森林，鹿群在溪边饮水",
                "镜头缓缓推进", "它低头饮水", "微风吹过", "下雨了", "一切都很安静", "小鹿抬起头");
        for (ScenePlan s : p) {
            assertEquals(Setting.FOREST, s.setting(), s.text());
            assertEquals(Water.STREAM, s.water(), s.text());
            assertEquals(TimeOfDay.DAWN, s.timeOfDay(), s.text());
            assertEquals(Set.of(Subject.DEER), s.subjects(), s.text());
            assertEquals(0, s.scene());
        }
        assertEquals(CameraMove.DOLLY, p.get(1).camera());
        assertEquals(CameraMove.STATIC, p.get(2).camera());
        assertEquals(Weather.CLEAR, p.get(3).weather());
        assertEquals(Weather.RAIN, p.get(6).weather());
    }

    @Test
    void longSilencesKeepTheWorld() {
        List<String> lines = new ArrayList<>(List.of("A misty lake in the mountains at dusk, two horses"));
        for (int i = 0; i < 120; i++) lines.add(i % 2 == 0 ? "The shot holds" : "Nothing moves");
        ScenePlan last = plan(StMfaMemory.bundled(), 0, lines.toArray(String[]::new)).get(120);
        assertEquals(Setting.MOUNTAINS, last.setting());
        assertEquals(Water.LAKE, last.water());
        assertEquals(TimeOfDay.DUSK, last.timeOfDay());
        assertEquals(Weather.FOG, last.weather());
        assertEquals(Set.of(Subject.HORSE), last.subjects());
    }

    @Test
    void negationClearsTheWeather() {
        List<ScenePlan> zh = plan(StMfaMemory.bundled(), 0, "草原上下着大雨", "马群在奔跑", "雨停了");
        assertEquals(Weather.RAIN, zh.get(1).weather());
        assertEquals(Weather.CLEAR, zh.get(2).weather());
        List<ScenePlan> en = plan(StMfaMemory.bundled(), 0, "Rain over the city", "People hurry",
                "The rain stopped");
        assertEquals(Weather.CLEAR, en.get(2).weather());
    }

    @Test
    void referencesBindToSubjectsAlreadyThere() {
        // "它们" names nobody: the memory binds it (attention over entity tokens) to the most
        // recently named subject, the wolves, and keeps the deer.
        List<ScenePlan> zh = plan(StMfaMemory.bundled(), 0, "森林里有几只鹿", "一群狼出现了",
                "它们离开了");
        assertEquals(Set.of(Subject.DEER, Subject.WOLF), zh.get(1).subjects());
        assertEquals(Set.of(Subject.DEER), zh.get(2).subjects());
        List<ScenePlan> en = plan(StMfaMemory.bundled(), 0, "Wolves on a snowfield",
                "A herd of horses arrives", "The herd moves on");
        assertEquals(Set.of(Subject.WOLF), en.get(2).subjects());
        List<ScenePlan> fawn = plan(StMfaMemory.bundled(), 0, "鹿群在河边", "小鹿抬起头");
        assertEquals(Set.of(Subject.DEER), fawn.get(1).subjects());
    }

    @Test
    void unrecognizedWordsAreListedNotDropped() {
        ScenePlan p = plan(StMfaMemory.bundled(), 0, "沙漠中的骆驼商队").get(0);
        assertEquals(Setting.DESERT, p.setting());
        assertTrue(p.unrecognized().stream().anyMatch(w -> w.contains("骆驼")), p.unrecognized().toString());
        ScenePlan en = plan(StMfaMemory.bundled(), 0, "A lighthouse on the coast").get(0);
        assertTrue(en.unrecognized().contains("lighthouse"));
        assertFalse(en.subjects().contains(Subject.PERSON));
    }

    @Test
    void largeMemoryRuns() {
        // mem_dim 2048: 4·2048·(2048+X) LSTM weights (~37 M); untrained, it must only run.
        StMfaConfig big = StMfaConfig.withMemDim(2048);
        StMfaNet net = new StMfaNet(big, 16);
        StMfaWeights w = new StMfaWeights(big, 16, 1, 0, net.init(1));
        StMfaMemory m = new StMfaMemory(w, new HashEmbedder(16), Ablation.NONE);
        List<ScenePlan> p = plan(m, 0, "Forest at dawn", "A deer", "Rain");
        assertEquals(3, p.size());
    }

    @Test
    void observedFramesFeedTheVisualModality() {
        float[] gray = new float[VisualSummary.SIZE];
        java.util.Arrays.fill(gray, 0.5f);
        StMfaMemory m = StMfaMemory.bundled();
        plan(m, 0, "Forest at dawn");
        m.observe(gray, AudioSummary.absent());
        assertEquals(Setting.FOREST, plan(m, 1, "The shot holds").get(0).setting());
    }
}
