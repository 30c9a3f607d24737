package dev.longshot.cli;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.world.Fireworks;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lightning;
import dev.longshot.world.Lighting;
import dev.longshot.world.Sky;
import dev.longshot.world.SunPath;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import java.util.List;
import java.util.Set;

/**
 * The catalog sheet's sky events: every drawn one over a lakeside meadow, at the hour and in
 * the weather it needs, the camera turned to where it shows (the moon, the antisolar point of
 * a rainbow), at a moment the event is at its height (a flash, a burst). Deterministic.
 */
final class SkySheet {
    private static final Terrain LAND = new Terrain(7, Setting.GRASSLAND, Water.LAKE);
    private static final long SEED = 5;

    private SkySheet() {}

    /** Adds one cell per drawn sky entry of the bundled catalog to {@code sheet}. */
    static void addAll(ContactSheet sheet, int width, int height) {
        Catalog catalog = Catalog.bundled();
        ScenePlan plan = new ScenePlan(0, "", Setting.GRASSLAND, Water.LAKE, TimeOfDay.NIGHT,
                Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0);
        try (SoftwareRenderer r = new SoftwareRenderer(width, height, 2)) {
            for (CatalogEntry e : catalog.ofKind(CatalogKind.SKY)) {
                if (!e.drawn()) continue;
                FrameSpec spec = view(e.id(), plan);
                if (spec == null) continue;
                sheet.add(new ContactSheet.Cell(r.render(spec).rgb().clone(), e.englishName(),
                        e.chineseName() + " · " + e.id()));
            }
        }
    }

    private static FrameSpec view(String id, ScenePlan plan) {
        Vec3 eye = new Vec3(0, StrictMath.max(LAND.heightAt(0, 0), LAND.waterLevel()) + 12, 0);
        double seconds = 10;
        Lighting light;
        double yaw = 0, pitch = 12, fov = 50;   // fov: vertical, degrees
        switch (id) {
            case "moon" -> {
                light = Sky.lighting(23, weather(Weather.CLEAR, id), SEED, seconds);
                Vec3 m = SunPath.toMoon(23);
                yaw = heading(m);
                pitch = StrictMath.toDegrees(StrictMath.asin(m.y())) - 6;
                fov = 16;
            }
            case "stars" -> {
                light = Sky.lighting(0, weather(Weather.CLEAR, id), SEED, seconds);
                pitch = 35;
            }
            case "lightning" -> {
                seconds = flashAt();
                light = Sky.lighting(15, weather(Weather.STORM, id), SEED, seconds);
                fov = 60;
                pitch = 10;
            }
            case "rainbow" -> {
                light = Sky.lighting(16, weather(Weather.CLEAR, id), SEED, seconds);
                yaw = heading(light.toSun().times(-1));
                pitch = 16;
                fov = 62;
            }
            case "aurora" -> {
                light = Sky.lighting(0, weather(Weather.CLEAR, id), SEED, seconds);
                pitch = 22;
                fov = 56;
                yaw = 30;
            }
            case "fireworks" -> {
                Fireworks.Shell shell = burstAfter(10);
                seconds = shell.burstSeconds() + 0.45;
                light = Sky.lighting(0, weather(Weather.CLEAR, id), SEED, seconds);
                pitch = shell.elevationDeg() - 4;
                yaw = shell.azimuthDeg();
                fov = 46;
            }
            default -> {
                return null;
            }
        }
        Camera cam = new Camera(eye, yaw, pitch, fov);
        return new FrameSpec(new Timecode((long) (seconds * 24), 24), plan, LAND, cam, light,
                true);
    }

    private static Sky.WeatherState weather(Weather w, String id) {
        return Sky.WeatherState.of(w).withSky(List.of(id));
    }

    // Heading (the camera's yaw, 0 towards -z) of a direction.
    private static double heading(Vec3 d) {
        return StrictMath.toDegrees(StrictMath.atan2(d.x(), -d.z()));
    }

    // A frame of the first strike after 10 s whose bolt shows (flash over 0.3) and whose
    // light has begun to die away, so the bolt stands out against the sky.
    private static double flashAt() {
        for (int frame = 240; frame < 24 * 120; frame++) {
            double t = frame / 24.0;
            double f = Lightning.flash(SEED, t, 1);
            if (f > 0.3 && f < 0.5) return t;
        }
        return 10;
    }

    // The first shell to burst after {@code from} seconds.
    private static Fireworks.Shell burstAfter(double from) {
        for (int k = 0; ; k++) {
            for (Fireworks.Shell s : Fireworks.shellsAt(SEED, from + 0.1 * k)) {
                if (s.burstSeconds() >= from) return s;
            }
        }
    }
}
