package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Terrain;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.PropKind;
import dev.longshot.world.scenery.VehicleMotion;
import java.util.ArrayList;
import java.util.List;

/**
 * What of the scenery changes every frame: vehicles at their pose for the frame's time
 * ({@link VehicleMotion}), and at night the light each lamp throws round it
 * ({@link LightMeshes#halo}) and, when the plan asks for {@code window-light}, the lit
 * windows of the buildings ({@link WindowLights}). Finds its props once per terrain.
 */
final class MovingThings implements MeshSource {
    /** Below this darkness the lamps throw no visible light. */
    private static final double DUSK = 0.15;

    private Terrain builtFor;
    private final List<Prop> vehicles = new ArrayList<>();
    private final List<Prop> lights = new ArrayList<>();
    private final List<Prop> buildings = new ArrayList<>();

    @Override
    public void fill(FrameSpec spec, MeshBatch out) {
        Terrain t = spec.terrain();
        if (t != builtFor) {
            vehicles.clear();
            lights.clear();
            buildings.clear();
            for (Prop p : t.scenery().props()) {
                if (WindowLights.lights(p)) buildings.add(p);
                if (p.kind() == PropKind.VEHICLE) vehicles.add(p);
                if (p.kind() == PropKind.LIGHT || p.thing().equals("lighthouse")) lights.add(p);
            }
            builtFor = t;
        }
        out.clear();
        double seconds = spec.worldSeconds();
        for (Prop p : vehicles) {
            VehicleMotion.Pose at = VehicleMotion.at(p, t, seconds);
            out.beginPart(EntityIds.bundled().of(p));
            VehicleMeshes.build(out, Xform.at(at.x(), at.y(), at.z()).rotateY(at.yawDeg()), p,
                    seconds);
            out.endPart();
        }
        double dark = LightMeshes.darkness(spec.lighting());
        if (dark < DUSK) return;
        for (Prop p : lights) {
            out.beginPart(EntityIds.bundled().of(p));
            LightMeshes.halo(out, p, dark);
            out.endPart();
        }
        if (spec.plan().keys().things().stream()
                .noneMatch(r -> r.id().equals(WindowLights.THING))) {
            return;
        }
        int lit = EntityIds.bundled().of(WindowLights.THING);
        for (Prop p : buildings) {
            out.beginPart(lit);
            WindowLights.build(out, p, t, dark);
            out.endPart();
        }
    }
}
