package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.HouseFamily;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.VehicleMotion;
import java.util.ArrayList;
import java.util.List;

/**
 * What of the scenery changes every frame: vehicles at their pose for the frame's time
 * ({@link VehicleMotion}), their own lamps lit after dusk, and at night the lit windows of the city's towers
 * ({@link TowerWindows}) and of a styled town's houses, and, when the plan asks for
 * {@code window-light}, those of the other buildings ({@link WindowLights}); a lamp's glow is
 * {@link LampGlow}'s.
 * Finds its props once per terrain.
 */
final class MovingThings implements MeshSource {

    private Terrain builtFor;
    private final List<Prop> vehicles = new ArrayList<>();
    private final List<Prop> buildings = new ArrayList<>();
    private final List<Prop> towers = new ArrayList<>();

    @Override
    public void fill(FrameSpec spec, MeshBatch out) {
        Terrain t = spec.terrain();
        if (t != builtFor) {
            vehicles.clear();
            buildings.clear();
            towers.clear();
            for (Prop p : t.scenery().props()) {
                if (WindowLights.lights(p)) buildings.add(p);
                if (p.kind() == PropKind.VEHICLE) vehicles.add(p);
                // only the glass towers: a styled tower is stone or timber
                if (p.kind() == PropKind.TOWER && !StyledBuildings.draws(p)) towers.add(p);
            }
            builtFor = t;
        }
        out.clear();
        double seconds = spec.worldSeconds();
        double dark = LightMeshes.darkness(spec.lighting());
        for (Prop p : vehicles) {
            VehicleMotion.Pose at = VehicleMotion.at(p, t, seconds);
            out.beginPart(EntityIds.bundled().of(p));
            VehicleMeshes.build(out, Xform.at(at.x(), at.y(), at.z()).rotateY(at.yawDeg()), p,
                    seconds, dark);
            out.endPart();
        }
        if (dark < LightMeshes.DUSK) return;
        int lit = EntityIds.bundled().of(WindowLights.THING);
        // A city at night has lit windows, asked or not.
        for (Prop p : towers) {
            out.beginPart(lit);
            TowerWindows.build(out, p);
            out.endPart();
        }
        // So has a town's street of a style with a house family; the rest when asked.
        boolean asked = spec.plan().keys().things().stream()
                .anyMatch(r -> r.id().equals(WindowLights.THING));
        String place = spec.plan().keys().setting();
        boolean town = "town".equals(place) || "city".equals(place);
        for (Prop p : buildings) {
            if (!asked && !(town && townHouse(p))) continue;
            out.beginPart(lit);
            WindowLights.build(out, p, t, dark);
            out.endPart();
        }
    }

    /** A house of a style with a {@link HouseFamily}. */
    private static boolean townHouse(Prop p) {
        return p.kind() == PropKind.HOUSE && HouseFamily.of(p.style()) != null;
    }
}
