package dev.longshot.render;

import dev.longshot.world.SubjectPose;
import java.util.List;

/**
 * Posed low-poly meshes of the scene's subjects, rebuilt every frame from their poses: one
 * part per subject, so each is culled on its own.
 */
final class SubjectMeshes {
    private SubjectMeshes() {}

    /** Clears {@code out} and fills it with every subject of {@code poses}. */
    static void build(List<SubjectPose> poses, MeshBatch out) {
        out.clear();
        for (SubjectPose p : poses) {
            out.beginPart();
            body(p, out);
            out.endPart();
        }
    }

    // A placeholder body until each type has its own mesh: an upright box of the type's size.
    private static void body(SubjectPose p, MeshBatch out) {
        Xform at = Xform.at(p.position().x(), p.position().y(), p.position().z())
                .rotateY(p.yawDeg()).scale(p.size());
        Primitives.box(out, at.translate(0, 0.6, 0).scale(0.5, 1.2, 1.2), 0x8A6A48);
    }
}
