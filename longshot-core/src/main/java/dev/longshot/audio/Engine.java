package dev.longshot.audio;

import java.util.Map;

/**
 * How a kind of vehicle sounds: an engine's firing tone (a fundamental and its harmonics,
 * falling as 1/h) and a band of road, rail, water or air noise, at a level heard at the
 * reference distance. Vehicles without an engine (a rowboat, a cart, a bicycle, a balloon)
 * have none.
 *
 * @param fundamentalHz the firing frequency
 * @param harmonics     how many harmonics of it
 * @param noiseHz       centre of the noise band (tyres, wheels on rails, wash, jet roar)
 * @param noiseShare    noise against tone, 0 … 1
 * @param level         linear level at the reference distance
 */
record Engine(double fundamentalHz, int harmonics, double noiseHz, double noiseShare,
        double level) {
    private static final Map<String, Engine> BY_THING = Map.of(
            "car", new Engine(34, 8, 900, 0.45, 0.5),
            "truck", new Engine(24, 10, 700, 0.4, 0.8),
            "bus", new Engine(27, 10, 750, 0.4, 0.8),
            "motorcycle", new Engine(58, 9, 1500, 0.3, 0.6),
            "train", new Engine(19, 12, 500, 0.55, 1.4),
            "steam-train", new Engine(9, 12, 600, 0.7, 1.4), // slow chuff, more hiss
            "ship", new Engine(11, 12, 300, 0.5, 1.6),
            "junk", new Engine(0, 0, 400, 1, 0), // sails: no engine
            "plane", new Engine(85, 6, 1800, 0.7, 2.5),
            "helicopter", new Engine(17, 14, 1200, 0.35, 1.6));

    /** The engine of vehicle {@code thing}, or null when it has none. */
    static Engine of(String thing) {
        Engine e = BY_THING.get(thing);
        return e == null || e.level == 0 ? null : e;
    }
}
