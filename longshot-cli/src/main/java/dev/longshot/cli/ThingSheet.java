package dev.longshot.cli;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.catalog.CatalogRecipe;
import dev.longshot.plan.CameraMove;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.ThingRef;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Weather;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Sky;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.scenery.PlaceIds;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.SceneryRequest;
import dev.longshot.world.scenery.VehicleMotion;
import java.util.List;
import java.util.Set;

/**
 * The catalog sheet's things: every drawn one in a place that has what it needs (boats on
 * the sea, a bridge over a river, crops on farmland, lit windows in a village), in its own
 * style where its recipe names one (a palace in the chinese-classical), lights and lit windows
 * at night, the rest by day; the camera three-quarter on to the nearest one, framed by its
 * size. Deterministic: a fixed seed, hour and moment per thing.
 */
final class ThingSheet {
    private static final long SEED = 7;
    private static final double SECONDS = 10, FOV = 40;

    private ThingSheet() {}

    /** Adds one cell per drawn thing of the bundled catalog that its place holds. */
    static void addAll(ContactSheet sheet, int width, int height) {
        Catalog catalog = Catalog.bundled();
        try (SoftwareRenderer r = new SoftwareRenderer(width, height, 2)) {
            for (CatalogEntry e : catalog.ofKind(CatalogKind.THING)) {
                if (!e.drawn()) continue;
                FrameSpec spec = view(e.id(), e.recipe());
                if (spec == null) continue;
                sheet.add(new ContactSheet.Cell(r.render(spec).rgb().clone(), e.englishName(),
                        e.chineseName() + " · " + e.id()));
            }
        }
    }

    private static SceneryRequest place(String id, CatalogRecipe r) {
        String style = id.equals("palace") ? "chinese-classical" : r.text("style", null);
        List<String> things = List.of(id);
        if (r.text("route", "").equals("water") || id.equals("pier")
                || id.equals("lighthouse")) {
            return new SceneryRequest("coast", style, things, "sea");
        }
        return switch (id) {
            case "bridge" -> new SceneryRequest("grassland", style, things, "river");
            case "crops" -> new SceneryRequest("farmland", style, things, "none");
            case "window-light" -> new SceneryRequest("village", "chinese-classical", things,
                    "none");
            default -> new SceneryRequest("grassland", style, things, "none");
        };
    }

    private static FrameSpec view(String id, CatalogRecipe r) {
        SceneryRequest asked = place(id, r);
        Terrain t = new Terrain(SEED, asked.base(), PlaceIds.water(asked.water()), asked);
        boolean night = r.family().equals("light");
        Prop p = nearest(t, id);
        if (p == null) return null;
        double x = p.x(), y = p.y(), z = p.z();
        if (p.kind() == dev.longshot.world.scenery.PropKind.VEHICLE) {
            VehicleMotion.Pose at = VehicleMotion.at(p, t, SECONDS);
            x = at.x();
            y = at.y();
            z = at.z();
        }
        double size = StrictMath.max(p.height(), StrictMath.max(p.width(), p.depth()));
        if (id.equals("crops") || id.equals("road")) size = 12;
        Vec3 centre = new Vec3(x, y + 0.45 * StrictMath.min(p.height(), size), z);
        double back = size / (2 * StrictMath.tan(StrictMath.toRadians(FOV / 2))) * 1.3 + 3;
        double a = StrictMath.toRadians(35);
        double ex = x + back * StrictMath.sin(a), ez = z + back * StrictMath.cos(a);
        double ground = StrictMath.max(t.heightAt(ex, ez), t.waterLevel());
        double ey = StrictMath.max(centre.y() + 0.2 * size + 1, ground + 1.6);
        double dx = centre.x() - ex, dy = centre.y() - ey, dz = centre.z() - ez;
        double yaw = StrictMath.toDegrees(StrictMath.atan2(dx, -dz));
        double pitch = StrictMath.toDegrees(StrictMath.atan2(dy, StrictMath.hypot(dx, dz)));
        Camera cam = new Camera(new Vec3(ex, ey, ez), yaw, pitch, FOV);
        Lighting light = Sky.lighting(night || id.equals("window-light") ? 22 : 10,
                Sky.WeatherState.of(Weather.CLEAR), SEED, SECONDS);
        return new FrameSpec(new Timecode((long) (SECONDS * 24), 24), plan(t, id, night), t,
                cam, light, true);
    }

    /** The thing nearest the place's spawn point (for lit windows, the nearest building). */
    private static Prop nearest(Terrain t, String id) {
        Vec3 s = t.spawnPoint();
        Prop best = null;
        double d = Double.MAX_VALUE;
        for (Prop p : t.scenery().props()) {
            boolean is = id.equals("window-light") ? p.kind().building() : p.thing().equals(id);
            double q = StrictMath.hypot(p.x() - s.x(), p.z() - s.z());
            if (is && q < d) {
                best = p;
                d = q;
            }
        }
        return best;
    }

    /** A plan that asks for {@code id}, so what shows only when asked (lit windows) does. */
    private static ScenePlan plan(Terrain t, String id, boolean night) {
        ScenePlan base = new ScenePlan(0, "", t.setting(), t.water(),
                night ? TimeOfDay.NIGHT : TimeOfDay.MORNING, Weather.CLEAR, Set.of(),
                CameraMove.STATIC, List.of(), 0);
        PlanKeys k = base.keys();
        PlanKeys keys = new PlanKeys(k.setting(), k.style(), k.water(), k.timeOfDay(),
                k.weather(), k.sky(), k.subjects(), List.of(new ThingRef(id, id)), k.camera(),
                k.transition(), k.approximated(), k.notShown());
        return new ScenePlan(base.t(), base.text(), base.setting(), base.water(),
                base.timeOfDay(), base.weather(), base.subjects(), base.camera(),
                base.unrecognized(), base.scene(), base.transition(), base.named(), keys);
    }
}
