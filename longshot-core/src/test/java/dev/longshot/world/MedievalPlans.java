package dev.longshot.world;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.ThingRef;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.util.List;
import java.util.Set;

/** Plans of a medieval-european place at noon, for tests of what the ground and weather do. */
final class MedievalPlans {
    private MedievalPlans() {}

    /** A plan of {@code setting} in scene {@code scene} with {@code things} (id, said). */
    static ScenePlan plan(int t, String text, Setting setting, int scene, Weather weather,
            List<ThingRef> things) {
        ScenePlan base = new ScenePlan(t, text, setting, Water.NONE, TimeOfDay.NOON, weather,
                Set.of(), CameraMove.STATIC, List.of(), scene);
        PlanKeys k = base.keys();
        PlanKeys keys = new PlanKeys(k.setting(), "medieval-european", k.water(),
                k.timeOfDay(), k.weather(), k.sky(), k.subjects(), things, k.camera(),
                k.transition(), k.approximated(), k.notShown());
        return new ScenePlan(t, text, setting, Water.NONE, TimeOfDay.NOON, weather,
                base.subjects(), base.camera(), base.unrecognized(), scene,
                base.transition(), base.named(), keys);
    }
}
