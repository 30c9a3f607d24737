package dev.longshot.render;

import dev.longshot.world.SubjectPose;
import dev.longshot.world.Vec3;
import dev.longshot.world.creature.Species;
import java.util.List;

/** Meshes of one creature and their extent, for the creature tests. */
final class MeshMeasures {
    private MeshMeasures() {}

    /** One {@code s} at the origin facing +z, at {@code speed} and gait {@code phase}. */
    static MeshBatch mesh(Species s, double speed, double phase) {
        MeshBatch b = new MeshBatch();
        SubjectMeshes.build(List.of(new SubjectPose(s.id() + "#0", s, Vec3.ZERO, 0, speed,
                phase, 1)), b);
        return b;
    }

    /** min x, min y, min z, max x, max y, max z of a mesh's vertices. */
    static double[] bounds(MeshBatch b) {
        double[] r = {1e9, 1e9, 1e9, -1e9, -1e9, -1e9};
        for (int v = 0; v < b.vertexCount(); v++) {
            float[] p = {b.x[v], b.y[v], b.z[v]};
            for (int k = 0; k < 3; k++) {
                r[k] = StrictMath.min(r[k], p[k]);
                r[k + 3] = StrictMath.max(r[k + 3], p[k]);
            }
        }
        return r;
    }
}
