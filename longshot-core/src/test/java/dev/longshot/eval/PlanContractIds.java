package dev.longshot.eval;

import java.util.List;
import java.util.Set;

/**
 * The ids of the {@code longshot-plan/2} contract, copied by hand from DESIGN.md ("The catalog
 * and the plan contract"). Copied rather than read from the catalog on purpose: the labelled
 * set must be checked against the contract it was written to, not against whatever the code
 * currently knows.
 */
final class PlanContractIds {
    static final Set<String> SETTINGS = Set.of("forest", "grassland", "savanna", "mountains",
        "valley", "canyon", "desert", "snowfield", "volcano", "coast", "harbour", "village",
        "town", "city", "ancient-city", "farmland", "jungle", "sky");
    /** {@code null} (nature) is also a valid style. */
    static final Set<String> STYLES = Set.of("modern", "chinese-classical", "greco-roman",
        "medieval-european");
    static final Set<String> WATER = Set.of("none", "stream", "river", "lake", "pond", "sea");
    static final Set<String> TIMES_OF_DAY = Set.of("dawn", "morning", "noon", "afternoon",
        "dusk", "night");
    static final Set<String> WEATHER = Set.of("clear", "cloudy", "fog", "rain", "snow", "storm",
        "dust");
    static final Set<String> SKY = Set.of("moon", "stars", "rainbow", "lightning", "aurora",
        "fireworks");
    static final Set<String> CREATURES = Set.of("deer", "elephant", "giraffe", "zebra", "lion",
        "tiger", "wolf", "fox", "bear", "hippo", "rhino", "crocodile", "monkey", "horse", "camel",
        "cow", "sheep", "goat", "pig", "dog", "cat", "rabbit", "eagle", "bird", "vulture",
        "seagull", "crow", "owl", "duck", "swan", "flamingo", "fish", "whale", "dolphin", "shark",
        "person", "child", "crowd", "soldier");
    static final Set<String> COUNTS = Set.of("one", "few", "group", "many");
    /**
     * DESIGN.md's example actions, plus the few this set also uses (stand, rest, hunt, dive,
     * play, work, watch, jump, dance, hide); {@code null} means the text names no action.
     */
    static final Set<String> ACTIONS = Set.of("walk", "run", "fly", "circle", "swim", "drink",
        "graze", "eat", "sleep", "ride", "carry", "fight", "leave", "arrive", "stand", "rest",
        "hunt", "dive", "play", "work", "watch", "jump", "dance", "hide");
    static final Set<String> THINGS = Set.of("car", "truck", "bus", "bicycle", "train", "cart",
        "boat", "sailboat", "ship", "plane", "helicopter", "balloon", "bridge", "pier",
        "lighthouse", "tower", "city-wall", "gate", "temple", "pagoda", "house", "market-stall",
        "tent", "castle", "windmill", "fence", "road", "street-lamp", "lantern", "torch",
        "campfire", "statue", "flag", "acacia", "palm", "bamboo", "pine", "blossom-tree",
        "flowers", "tall-grass", "rock", "waterfall");
    static final Set<String> MOVES = Set.of("static", "pan", "whip-pan", "tilt", "dolly-in",
        "dolly-out", "track", "aerial", "crane-up", "crane-down", "orbit", "pov", "zoom-in",
        "zoom-out", "crash-zoom");
    static final Set<String> SHOTS = Set.of("extreme-wide", "wide", "medium", "close-up",
        "extreme-close-up", "over-the-shoulder", "two-shot", "insert");
    static final Set<String> ANGLES = Set.of("eye-level", "low", "high", "top-down", "dutch");
    static final Set<String> SUPPORTS = Set.of("tripod", "handheld", "steadicam", "drone");
    static final Set<String> FOCUS = Set.of("deep", "shallow", "rack");
    static final Set<String> TRANSITIONS = Set.of("cut", "dissolve", "morph", "fade-in",
        "fade-out");
    /** The keys every line's {@code expect} carries, in the contract's order. */
    static final List<String> EXPECT_KEYS = List.of("setting", "style", "water", "timeOfDay",
        "weather", "sky", "subjects", "things", "camera", "transition");
    static final List<String> CAMERA_KEYS = List.of("move", "shot", "angle", "support",
        "lensMm", "speed", "focus", "target");

    private PlanContractIds() {
    }

    /** True when {@code id} names a catalog entry an approximation may be shown as. */
    static boolean isShowable(String id) {
        return CREATURES.contains(id) || THINGS.contains(id) || SETTINGS.contains(id)
            || WATER.contains(id) || WEATHER.contains(id) || SKY.contains(id);
    }
}
