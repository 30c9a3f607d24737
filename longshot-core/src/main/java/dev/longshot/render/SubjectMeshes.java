package dev.longshot.render;

import dev.longshot.world.SubjectPose;
import java.util.List;

/**
 * Posed low-poly meshes of the scene's subjects, rebuilt every frame from their poses: one
 * part per subject, so each is culled on its own. Each family of the catalog has one
 * builder, shaped by the species' recipe: quadrupeds, birds, marine animals and people.
 */
final class SubjectMeshes {
    private SubjectMeshes() {}

    /** Clears {@code out} and fills it with every subject of {@code poses}. */
    static void build(List<SubjectPose> poses, MeshBatch out) {
        out.clear();
        EntityIds ids = EntityIds.bundled();
        for (SubjectPose p : poses) {
            out.beginPart(ids.of(p.type().id()));
            body(p, out);
            out.endPart();
        }
    }

    private static void body(SubjectPose p, MeshBatch out) {
        Xform at = Xform.at(p.position().x(), p.position().y(), p.position().z())
                .rotateY(p.yawDeg()).scale(p.size());
        switch (p.type().family()) {
            case QUADRUPED -> QuadrupedMesh.build(p, at, out);
            case BIRD -> BirdMesh.build(p, at, out);
            case MARINE -> MarineMesh.build(p, at, out);
            case PERSON -> PersonMesh.build(p, at, out);
        }
    }
}
