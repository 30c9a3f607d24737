package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class CarryOverMemoryTest extends MemoryCoreContract {
    @Override
    protected MemoryCore create() {
        return new CarryOverMemory();
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
    void unmentionedAttributesCarryOver() {
        List<ScenePlan> p = plan(new CarryOverMemory(),
                0, "晨光中的森林,鹿群在溪边饮水", "镜头缓缓推进", "下雨了", "小鹿抬起头");
        ScenePlan last = p.get(3);
        assertEquals(Setting.FOREST, last.setting());
        assertEquals(Water.STREAM, last.water());
        assertEquals(TimeOfDay.DAWN, last.timeOfDay());
        assertEquals(Weather.RAIN, last.weather());
        assertEquals(Set.of(Subject.DEER), last.subjects());
        assertEquals(0, last.scene());
    }

    @Test
    void cameraMoveLastsOnlyForItsLine() {
        List<ScenePlan> p = plan(new CarryOverMemory(), 0, "镜头跟随鹿群", "鹿群饮水");
        assertEquals(CameraMove.TRACK, p.get(0).camera());
        assertEquals(CameraMove.STATIC, p.get(1).camera());
    }

    @Test
    void newSettingStartsANewSceneWithItsOwnSubjects() {
        List<ScenePlan> p = plan(new CarryOverMemory(),
                0, "森林里鹿群在溪边", "鹰飞过", "群山间一群野马在奔跑", "马群在河边饮水");
        assertEquals(Set.of(Subject.DEER, Subject.EAGLE), p.get(1).subjects());
        assertEquals(Setting.MOUNTAINS, p.get(2).setting());
        assertEquals(1, p.get(2).scene());
        assertEquals(Set.of(Subject.HORSE), p.get(2).subjects());
        assertEquals(Water.NONE, p.get(2).water(), "water belongs to the old place");
        assertEquals(Water.RIVER, p.get(3).water());
        assertEquals(2, p.get(3).scene(), "new water is new ground");
    }

    @Test
    void departingSubjectsLeaveTheScene() {
        List<ScenePlan> p = plan(new CarryOverMemory(), 0, "草原上狼群和马群", "狼群离开了");
        assertEquals(Set.of(Subject.HORSE), p.get(1).subjects());
    }
}
