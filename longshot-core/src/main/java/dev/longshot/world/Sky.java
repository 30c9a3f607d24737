package dev.longshot.world;

import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Weather;
import java.util.List;

/**
 * Light and atmosphere from the hour and the weather: daylight colours by sun elevation,
 * moonlight at night, clouds, fog and rain dimming and greying it.
 */
public final class Sky {
    /** Time constant of snow settling on the ground while it falls, world seconds. */
    static final double SNOW_SETTLES_SECONDS = 6;
    /** Time constant of lying snow melting once the snow has stopped, world seconds. */
    static final double SNOW_MELTS_SECONDS = 25;

    /** Colour of the air in a dust storm by day. */
    private static final int DUST = 0xC49A62;

    private Sky() {}

    /**
     * The weather's effect, blended continuously by the world as weather changes: overcast,
     * fog, darkening, the rain, snow and storm (lightning) levels and the dust in the air
     * (a warm haze), each 0 … 1 but fog; and how far the sky events the plan asks for
     * (rainbow, aurora, fireworks) have come out, 0 … 1, so that they fade in and out with the
     * same ease as the weather.
     */
    public record WeatherState(double overcast, double fogDensity, double darkness, double rain,
            double snow, double storm, double dust, double rainbow, double aurora,
            double fireworks, double mud, double snowCover) {
        public WeatherState(double overcast, double fogDensity, double darkness, double rain,
                double snow, double storm, double dust, double rainbow, double aurora,
                double fireworks, double mud) {
            this(overcast, fogDensity, darkness, rain, snow, storm, dust, rainbow, aurora,
                    fireworks, mud, 0);
        }

        public WeatherState(double overcast, double fogDensity, double darkness, double rain,
                double snow, double storm, double dust, double rainbow, double aurora,
                double fireworks) {
            this(overcast, fogDensity, darkness, rain, snow, storm, dust, rainbow, aurora,
                    fireworks, 0);
        }

        public WeatherState(double overcast, double fogDensity, double darkness) {
            this(overcast, fogDensity, darkness, 0, 0, 0, 0);
        }

        public WeatherState(double overcast, double fogDensity, double darkness, double rain,
                double snow, double storm, double dust) {
            this(overcast, fogDensity, darkness, rain, snow, storm, dust, 0, 0, 0);
        }

        /**
         * The weather of a catalog weather id: the old vocabulary's, or {@code dust} (a thick
         * ochre haze, the sun dimmed); clear for null or an id the sky does not know.
         */
        public static WeatherState of(String id) {
            if (id == null) return of(Weather.CLEAR);
            if (id.equals("dust")) return new WeatherState(0.35, 0.0085, 0.15, 0, 0, 0, 1);
            for (Weather w : Weather.values()) if (w.id().equals(id)) return of(w);
            return of(Weather.CLEAR);
        }

        public WeatherState(double overcast, double fogDensity, double darkness, double rain,
                double snow, double storm) {
            this(overcast, fogDensity, darkness, rain, snow, storm, 0);
        }

        /**
         * The weather and the sky events of a plan: its weather id and its {@code sky} ids,
         * and the ground turned to mud when its things say so ("the field turns to mud").
         */
        public static WeatherState of(ScenePlan plan) {
            boolean mud = plan.keys().things().stream().anyMatch(t -> "mud".equals(
                    dev.longshot.world.scenery.Things.recipe(t.id()).text("ground", "")));
            WeatherState w = of(plan.keys().weather()).withSky(plan.keys().sky())
                    .withMud(mud ? 1 : 0);
            // Where it snows, snow lies: a scene that opens in snow opens on white ground.
            return w.withSnowCover(w.snow() > 0 ? 1 : 0);
        }

        /** This weather with the events of the sky ids {@code sky} fully out, others gone. */
        public WeatherState withSky(List<String> sky) {
            return new WeatherState(overcast, fogDensity, darkness, rain, snow, storm, dust,
                    sky.contains("rainbow") ? 1 : 0, sky.contains("aurora") ? 1 : 0,
                    sky.contains("fireworks") ? 1 : 0, mud, snowCover);
        }

        /** This weather over ground {@code level} (0 … 1) of the way to mud. */
        public WeatherState withMud(double level) {
            return new WeatherState(overcast, fogDensity, darkness, rain, snow, storm, dust,
                    rainbow, aurora, fireworks, level, snowCover);
        }

        /** This weather over ground {@code level} (0 … 1) under lying snow. */
        public WeatherState withSnowCover(double level) {
            return new WeatherState(overcast, fogDensity, darkness, rain, snow, storm, dust,
                    rainbow, aurora, fireworks, mud, level);
        }

        /**
         * Lying snow {@code dt} world seconds on under this weather, {@code target} being
         * what the line asks: it settles while snow falls and melts slowly once it stops, far
         * slower than the sky changes ("the snow stops" leaves the ground white a while).
         */
        public double snowCoverAfter(WeatherState target, double dt) {
            double ease = target.snow() > 0 ? SNOW_SETTLES_SECONDS : SNOW_MELTS_SECONDS;
            double k = 1 - StrictMath.exp(-dt / ease);
            return snowCover + (target.snowCover - snowCover) * k;
        }

        public static WeatherState of(Weather weather) {
            return switch (weather) {
                case CLEAR -> new WeatherState(0, 0.0009, 0);
                case CLOUDY -> new WeatherState(0.6, 0.0012, 0.1);
                case FOG -> new WeatherState(0.7, 0.012, 0.1);
                case RAIN -> new WeatherState(0.85, 0.0035, 0.35, 0.6, 0, 0);
                case SNOW -> new WeatherState(0.8, 0.0045, 0.1, 0, 0.7, 0);
                case STORM -> new WeatherState(1.0, 0.0035, 0.6, 1, 0, 1);
            };
        }

        /**
         * Moves each component a fraction {@code k} of the way to {@code target}; the lying
         * snow, on a clock of its own ({@link #snowCoverAfter}), stays as it is.
         */
        public WeatherState towards(WeatherState target, double k) {
            return towards(target, k, k);
        }

        /**
         * As {@link #towards(WeatherState, double)}, with what falls from the sky — rain,
         * snow and the storm's lightning — moved {@code falling} of the way instead: the
         * viewer sees the rain stop on the line that says so, while clouds and light may
         * take their time.
         */
        public WeatherState towards(WeatherState target, double k, double falling) {
            return new WeatherState(
                    overcast + (target.overcast - overcast) * k,
                    fogDensity + (target.fogDensity - fogDensity) * k,
                    darkness + (target.darkness - darkness) * k,
                    rain + (target.rain - rain) * falling,
                    snow + (target.snow - snow) * falling,
                    storm + (target.storm - storm) * falling,
                    dust + (target.dust - dust) * k,
                    rainbow + (target.rainbow - rainbow) * k,
                    aurora + (target.aurora - aurora) * k,
                    fireworks + (target.fireworks - fireworks) * k,
                    mud + (target.mud - mud) * k, snowCover);
        }

        /** Share of the sky under cloud: a few clouds when clear, a closed deck in a storm. */
        public double cloudCover() {
            return 0.15 + 0.85 * overcast;
        }
    }

    /** Light at {@code hour} in weather {@code w}, without lightning (seed 0). */
    public static Lighting lighting(double hour, WeatherState w) {
        return lighting(hour, w, 0, Double.NaN);
    }

    /**
     * Light at {@code hour} in weather {@code w}, with the sky's particles drawn from
     * {@code seed} and the lightning of the storm at video time {@code seconds} (NaN: none).
     */
    public static Lighting lighting(double hour, WeatherState w, long seed, double seconds) {
        return lighting(hour, w, seed, seconds, null);
    }

    /**
     * As above, with the moon's disc towards {@code moon} (a unit vector above the horizon)
     * where a line hung it in view ({@link MoonRise}); null: where the hour puts it. Its
     * light keeps the hour's direction, so the shading of the scene does not jump.
     */
    public static Lighting lighting(double hour, WeatherState w, long seed, double seconds,
            Vec3 moon) {
        Vec3 toMoon = moon == null ? SunPath.toMoon(hour) : moon;
        Lighting light = daylight(hour, w); // moonlight keeps the hour's direction
        double elevation = SunPath.elevationDeg(hour);
        // Night deepens from sunset to 10° below the horizon, smoothly at both ends.
        double n = StrictMath.max(0, StrictMath.min(1, (4 - elevation) / 14));
        double night = n * n * (3 - 2 * n);
        double clear = 1 - StrictMath.min(1, w.overcast());
        // Stars come out after the sun is 2° down and are all there at 10° down.
        double d = StrictMath.max(0, StrictMath.min(1, (-2 - elevation) / 8));
        double dark = d * d * (3 - 2 * d);
        double flash = Double.isNaN(seconds) ? 0 : Lightning.flash(seed, seconds, w.storm());
        Atmosphere air = new Atmosphere(toMoon, night, dark * clear * clear,
                w.cloudCover(), w.rain(), w.snow(), flash, seed,
                events(w, elevation, dark, clear, seed, seconds), w.dust(), w.mud(),
                w.snowCover());
        return new Lighting(light.toSun(), light.sunColor(), light.sunIntensity(),
                light.ambient(), light.skyZenith(), light.skyHorizon(), light.fogColor(),
                light.fogDensity(), air);
    }

    /**
     * The sky events of weather {@code w} as they show at this hour: a rainbow needs the sun
     * up and breaks in the clouds; the aurora needs a dark sky and no overcast; fireworks
     * need the dark and burst whatever the clouds (they are under them).
     */
    private static SkyEvents events(WeatherState w, double elevation, double dark,
            double clear, long seed, double seconds) {
        if (w.rainbow() == 0 && w.aurora() == 0 && w.fireworks() == 0) return SkyEvents.NONE;
        // The sun 1° … 4° up: the bow comes out as it clears the horizon.
        double sunUp = StrictMath.max(0, StrictMath.min(1, (elevation - 1) / 3));
        double rainbow = w.rainbow() * sunUp * (0.35 + 0.65 * clear);
        double aurora = w.aurora() * dark * clear;
        double show = w.fireworks() * dark;
        double glow = Double.isNaN(seconds) || show == 0 ? 0
                : Fireworks.light(seed, seconds, show);
        return new SkyEvents(rainbow, aurora, show, glow);
    }

    private static Lighting daylight(double hour, WeatherState w) {
        Vec3 sun = SunPath.toSun(hour);
        double elevation = StrictMath.toDegrees(StrictMath.asin(sun.y()));
        int zenith;
        int horizon;
        int sunColor;
        double intensity;
        double ambient;
        Vec3 light = sun;
        if (elevation > 12) {
            zenith = 0x3D72BE;
            horizon = 0xAECBE6;
            sunColor = 0xFFF3DE;
            intensity = 1.0;
            ambient = 0.38;
        } else if (elevation > 0) {
            double t = elevation / 12;
            zenith = Terrain.lerpRgb(0x4A5C96, 0x3D72BE, t);
            horizon = Terrain.lerpRgb(0xF29A58, 0xAECBE6, t);
            sunColor = Terrain.lerpRgb(0xFFA860, 0xFFF3DE, t);
            intensity = 0.55 + 0.45 * t;
            ambient = 0.28 + 0.10 * t;
        } else if (elevation > -10) {
            double t = (elevation + 10) / 10;
            zenith = Terrain.lerpRgb(0x0C1634, 0x4A5C96, t);
            horizon = Terrain.lerpRgb(0x26345A, 0xF29A58, t);
            sunColor = Terrain.lerpRgb(0xA8B8E0, 0xFFA860, t);
            intensity = 0.32 + 0.23 * t;
            ambient = 0.22 + 0.06 * t;
            // Light comes from the glow near the set sun, then from the moon once it is dark.
            light = t > 0.5 ? new Vec3(sun.x(), 0.02, sun.z()).normalized() : SunPath.toMoon(hour);
        } else {
            // Brighter than real night, as film "day for night": previs must stay readable.
            zenith = 0x0C1634;
            horizon = 0x26345A;
            sunColor = 0xA8B8E0;
            intensity = 0.32;
            ambient = 0.22;
            light = SunPath.toMoon(hour);
        }
        int grey = Terrain.lerpRgb(0x9AA0A8, 0x30343C, StrictMath.min(1, w.darkness() * 1.2));
        double dayFactor = StrictMath.max(0.15, StrictMath.min(1, (elevation + 10) / 25));
        int dimGrey = Terrain.lerpRgb(0x101318, grey, dayFactor);
        zenith = Terrain.lerpRgb(zenith, dimGrey, w.overcast() * 0.85);
        horizon = Terrain.lerpRgb(horizon, dimGrey, w.overcast() * 0.8);
        intensity *= 1 - 0.8 * w.overcast();
        ambient = ambient * (1 - 0.4 * w.darkness()) + 0.08 * w.overcast();
        // Dust: the air turns ochre (by day; a dim brown at night), the sun yellows and dims.
        int ochre = Terrain.lerpRgb(0x2A2018, DUST, dayFactor);
        zenith = Terrain.lerpRgb(zenith, ochre, 0.55 * w.dust());
        horizon = Terrain.lerpRgb(horizon, ochre, 0.85 * w.dust());
        sunColor = Terrain.lerpRgb(sunColor, 0xFFC070, 0.6 * w.dust());
        intensity *= 1 - 0.35 * w.dust();
        return new Lighting(light, sunColor, intensity, ambient, zenith, horizon, horizon,
                w.fogDensity());
    }
}
