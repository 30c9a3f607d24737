package dev.longshot.world.scenery;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import java.util.List;
import java.util.Objects;

/**
 * What a place is asked to hold, in catalog ids: its setting ({@code harbour}), the style its
 * buildings, walls and boats are built in ({@code chinese-classical}, or null: the setting's
 * own look) and the things the storyboard names ({@code junk}, {@code lantern}). The one
 * adapter between the plan and the scenery: when the plan carries these ids itself, only
 * {@link #of(ScenePlan)} changes.
 */
public record SceneryRequest(String setting, String style, List<String> things) {
    /** Styles the layouts know; any other style id is built in the setting's own look. */
    public static final List<String> STYLES =
            List.of("modern", "chinese-classical", "greco-roman", "medieval-european");

    public SceneryRequest {
        Objects.requireNonNull(setting, "setting");
        things = List.copyOf(things);
        if (style != null && !STYLES.contains(style)) style = null;
    }

    /** The request of a plan's second: today its setting enum, no style, no things. */
    public static SceneryRequest of(ScenePlan plan) {
        return of(plan.setting());
    }

    /** A setting in its own look with nothing asked for. */
    public static SceneryRequest of(Setting setting) {
        return new SceneryRequest(setting.id(), null, List.of());
    }

    /** This request with the buildings in {@code styleId}. */
    public SceneryRequest styled(String styleId) {
        return new SceneryRequest(setting, styleId, things);
    }

    /** This request with {@code ids} asked for as well. */
    public SceneryRequest withThings(List<String> ids) {
        return new SceneryRequest(setting, style, ids);
    }
}
