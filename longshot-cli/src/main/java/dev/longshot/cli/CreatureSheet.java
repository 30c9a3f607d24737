package dev.longshot.cli;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.SubjectPose;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.creature.Bestiary;
import dev.longshot.world.creature.Habitat;
import dev.longshot.world.creature.Species;
import java.util.List;
import java.util.Set;

/**
 * The catalog sheet's creatures: every drawn species alone, in mid-stride, seen three-quarter
 * on a lakeside meadow by daylight (swimmers in the lake, flyers against the sky), framed by
 * its size, each captioned with its English and Chinese names. Deterministic: a fixed place,
 * light and pose per species.
 */
final class CreatureSheet {
    private static final Terrain LAND = new Terrain(7, Setting.GRASSLAND, Water.LAKE);
    private static final Lighting DAY = new Lighting(new Vec3(0.3, 0.6, 0.5).normalized(),
            0xFFF2D8, 0.9, 0.35, 0x3A6FC4, 0xB8D4EE, 0xC4D4E2, 0.0006);
    private static final double FOCAL_MM = 50;

    private CreatureSheet() {}

    /** Adds one cell per drawn species of the bundled catalog to {@code sheet}. */
    static void addAll(ContactSheet sheet, int width, int height) {
        Catalog catalog = Catalog.bundled();
        ScenePlan plan = new ScenePlan(0, "", Setting.GRASSLAND, Water.LAKE, TimeOfDay.MORNING,
                Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0);
        try (SoftwareRenderer r = new SoftwareRenderer(width, height, 2)) {
            for (Species s : Bestiary.bundled().all()) {
                int[] rgb = r.render(portrait(s, plan, width, height)).rgb().clone();
                var entry = catalog.byId(s.id()).orElseThrow();
                sheet.add(new ContactSheet.Cell(rgb, entry.englishName(),
                        entry.chineseName() + " · " + s.id()));
            }
        }
    }

    private static FrameSpec portrait(Species s, ScenePlan plan, int width, int height) {
        boolean wet = s.habitat() == Habitat.WATER;
        Vec3 at = spot(wet);
        double tall = height(s);
        if (s.habitat() == Habitat.AIR) at = at.plus(new Vec3(0, 2.5, 0));
        double extent = StrictMath.max(length(s) * 0.8, tall * 0.95 * width / height);
        double hfov = 2 * StrictMath.atan(18 / FOCAL_MM);
        double back = extent / (2 * StrictMath.tan(hfov / 2));
        double centre = at.y() + (wet ? 0.2 : s.habitat() == Habitat.AIR ? 0 : tall * 0.5);
        double eye = StrictMath.max(centre, LAND.waterLevel() + 0.8) + back * 0.08;
        double pitch = StrictMath.toDegrees(StrictMath.atan((centre - eye) / back));
        Camera cam = new Camera(new Vec3(at.x(), eye, at.z() + back), 0, pitch, FOCAL_MM);
        double speed = s.traits().walk();
        // Three-quarter view; a flapper with its wings level, a dolphin mid-leap.
        double phase = s.id().equals("dolphin") ? 0.62
                : s.habitat() == Habitat.AIR ? 0.55 : 0.3;
        SubjectPose pose = new SubjectPose(s.id() + "#0", s, at, 60, speed, phase, 1);
        return new FrameSpec(new Timecode(12, 24), plan, LAND, cam, DAY, false, List.of(pose));
    }

    // How long and how tall a species' body is, metres, from its recipe.
    private static double length(Species s) {
        CatalogRecipe r = s.recipe();
        return switch (s.family()) {
            case QUADRUPED -> r.number("bodyLength", 1.5) * (r.text("tail", "").equals("heavy")
                    ? 1.9 : 1.3);
            case BIRD -> r.number("span", 1);
            case MARINE -> r.number("length", 1);
            case PERSON -> 0.9 * r.number("scale", 1);
        };
    }

    private static double height(Species s) {
        return switch (s.family()) {
            case QUADRUPED -> StrictMath.max(s.eyeHeight() * 1.1, 0.3);
            case BIRD -> s.habitat() == Habitat.LAND ? s.eyeHeight() * 2   // a walking bird
                    : s.recipe().number("span", 1) * 0.4;
            case MARINE -> 0.6;
            case PERSON -> 1.8 * s.recipe().number("scale", 1);
        };
    }

    /** A level dry spot, or a deep one of the lake, found by a fixed scan. */
    private static Vec3 spot(boolean deep) {
        for (int i = 0; i < 400; i++) {
            double x = -300 + (i % 20) * 30, z = -300 + (i / 20) * 30;
            double h = LAND.heightAt(x, z);
            boolean ok = deep ? h < LAND.waterLevel() - 3 && LAND.heightAt(x, z + 14)
                    < LAND.waterLevel() : h > LAND.waterLevel() + 1 && StrictMath.abs(
                    LAND.heightAt(x, z + 14) - h) < 1.5;
            if (ok) return new Vec3(x, deep ? LAND.waterLevel() - 0.08 : h, z);
        }
        throw new IllegalStateException("the sheet's terrain has no " + (deep ? "lake" : "land"));
    }
}
