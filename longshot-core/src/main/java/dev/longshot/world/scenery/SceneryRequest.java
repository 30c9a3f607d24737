package dev.longshot.world.scenery;

import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.ThingRef;
import java.util.List;
import java.util.Objects;

/**
 * What a place is asked to hold, in catalog ids: its setting ({@code harbour}), the style its
 * buildings, walls and boats are built in ({@code chinese-classical}, or null: the setting's
 * own look), the things the storyboard names ({@code junk}, {@code lantern}) and its water
 * ({@code pond}, or null: whatever water the terrain was given). The one adapter between the
 * plan and the scenery: {@link #of(ScenePlan)} reads the plan's {@code longshot-plan/2} keys.
 */
public record SceneryRequest(String setting, String style, List<String> things, String water) {
    /** Styles the layouts know; any other style id is built in the setting's own look. */
    public static final List<String> STYLES =
            List.of("modern", "chinese-classical", "greco-roman", "medieval-european");

    public SceneryRequest {
        Objects.requireNonNull(setting, "setting");
        things = List.copyOf(things);
        if (style != null && !STYLES.contains(style)) style = null;
    }

    /** A request that leaves the water to the terrain. */
    public SceneryRequest(String setting, String style, List<String> things) {
        this(setting, style, things, null);
    }

    /**
     * The request of a plan's second: its keys' setting, style, things and water, as ids;
     * states of the ground (mud) are not things of the place ({@link Things#groundState}).
     */
    public static SceneryRequest of(ScenePlan plan) {
        PlanKeys k = plan.keys();
        return new SceneryRequest(k.setting(), k.style(), k.things().stream()
                .map(ThingRef::id).filter(id -> !Things.groundState(id)).distinct().toList(),
                k.water());
    }

    /** A setting in its own look with nothing asked for. */
    public static SceneryRequest of(Setting setting) {
        return new SceneryRequest(setting.id(), null, List.of());
    }

    /** The older setting this place builds on ({@link PlaceIds#base}). */
    public Setting base() {
        return PlaceIds.base(setting);
    }

    /** Whether the water asked for is a pond: a small lake. */
    public boolean pond() {
        return "pond".equals(water);
    }

    /** This request with the buildings in {@code styleId}. */
    public SceneryRequest styled(String styleId) {
        return new SceneryRequest(setting, styleId, things, water);
    }

    /** This request with {@code ids} asked for as well. */
    public SceneryRequest withThings(List<String> ids) {
        return new SceneryRequest(setting, style, ids, water);
    }
}
