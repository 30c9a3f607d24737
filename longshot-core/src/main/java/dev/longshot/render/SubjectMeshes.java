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
            if (p.type().mounted()) {
                mounted(p, ids, out);
                continue;
            }
            out.beginPart(ids.of(p.type().id()));
            body(p, out);
            out.endPart();
        }
    }

    /**
     * A rider on its mount: the mount as its own species (its own part and id: a horse is
     * on screen), the rider seated on its back in the same stride, as a part of the rider's id.
     */
    private static void mounted(SubjectPose p, EntityIds ids, MeshBatch out) {
        SubjectPose mount = new SubjectPose(p.id(), p.type().mount(), p.position(), p.yawDeg(),
                p.speed(), p.gaitPhase(), p.size());
        out.beginPart(ids.of(mount.type().id()));
        body(mount, out);
        out.endPart();
        QuadrupedBody b = QuadrupedBody.of(mount.type());
        Gait g = Gait.of(mount);
        // The trunk's top as QuadrupedMesh places it, with the same bob of the stride.
        double bob = g.run() * 0.05 * g.wave(0.1) * g.wave(0.1) * b.leg();
        double saddle = b.leg() + b.depth() * 0.95 + bob;
        Xform seat = Xform.at(p.position().x(), p.position().y(), p.position().z())
                .rotateY(p.yawDeg()).scale(p.size()).translate(0, saddle, b.length() * 0.05);
        out.beginPart(ids.of(p.type().id()));
        PersonMesh.seated(p, seat, out);
        out.endPart();
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
