package dev.longshot.render;

import dev.longshot.world.SubjectPose;
import java.util.List;

/**
 * Posed low-poly meshes of the scene's subjects, rebuilt every frame from their poses: one
 * part per subject, so each is culled on its own. Each body plan has its own builder:
 * quadrupeds, flyers, fish and people (a crowd is many people, soldiers are armed ones).
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

    private static void body(SubjectPose p, MeshBatch out) {
        Xform at = Xform.at(p.position().x(), p.position().y(), p.position().z())
                .rotateY(p.yawDeg()).scale(p.size());
        switch (p.type()) {
            case DEER, HORSE, WOLF, BEAR, SHEEP -> QuadrupedMesh.build(p, at, out);
            case BIRD, EAGLE -> BirdMesh.build(p, at, out);
            case FISH -> FishMesh.build(p, at, out);
            case PERSON, CROWD, SOLDIER -> PersonMesh.build(p, at, out);
        }
    }
}
