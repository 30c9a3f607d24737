package dev.longshot.world.creature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.SubjectRef;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The world names the subjects {@code longshot shown} counts as named: one carried over in
 * its place is named when the line says its words again (鱼从熊掌边溜走: the bear's paw).
 */
class LineNamesTest {
    private static final SubjectRef BEAR = new SubjectRef("bear", "熊", "one", "watch");
    private static final SubjectRef FISH = new SubjectRef("fish", "鱼", "group", "swim");
    private static final SubjectRef HORSE = new SubjectRef("horse", "马群", "group", "drink");

    private static ScenePlan plan(int t, String text, List<SubjectRef> subjects) {
        ScenePlan base = new ScenePlan(t, text, Setting.VALLEY, Water.RIVER, TimeOfDay.NOON,
                Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0);
        PlanKeys k = base.keys();
        PlanKeys keys = new PlanKeys(k.setting(), null, k.water(), k.timeOfDay(), k.weather(),
                k.sky(), subjects, k.things(), k.camera(), k.transition(), k.approximated(),
                k.notShown());
        return new ScenePlan(t, text, Setting.VALLEY, Water.RIVER, TimeOfDay.NOON,
                Weather.CLEAR, base.subjects(), base.camera(), base.unrecognized(), 0,
                base.transition(), base.named(), keys);
    }

    @Test
    void aCarriedSubjectWhoseWordsTheLineSaysAgainIsNamed() {
        LineNames before = LineNames.next(LineNames.NONE,
                plan(0, "熊低头看着水中的鱼", List.of(HORSE, FISH, BEAR)));
        LineNames paw = LineNames.next(before,
                plan(1, "鱼从熊掌边溜走,溅起水花", List.of(HORSE, BEAR, FISH)));
        assertEquals(Set.of("bear", "fish"), paw.named());
    }

    @Test
    void aCarriedSubjectTheLineDoesNotSpeakOfIsNotNamed() {
        LineNames before = LineNames.next(LineNames.NONE,
                plan(0, "熊低头看着水中的鱼", List.of(HORSE, FISH, BEAR)));
        LineNames wait = LineNames.next(before,
                plan(1, "熊继续耐心地等待", List.of(HORSE, FISH, BEAR)));
        assertEquals(Set.of("bear"), wait.named());
    }
}
