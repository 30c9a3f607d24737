package dev.longshot.render;

import dev.longshot.world.SubjectPose;

/**
 * A fish just under the surface: a slender body whose rear half and tail fin swish side to
 * side with the gait phase, a dark back and a dorsal fin that breaks the water.
 */
final class FishMesh {
    private static final double LENGTH = 0.75;

    private FishMesh() {}

    static void build(SubjectPose p, Xform at, MeshBatch out) {
        double swish = 18 * StrictMath.sin(2 * StrictMath.PI * p.gaitPhase());
        Xform front = at.rotateY(-swish * 0.3);
        int back = 0x3C4E5C;
        Primitives.ellipsoid(out, front.translate(0, 0, -LENGTH * 0.12)
                .scale(LENGTH * 0.09, LENGTH * 0.11, LENGTH * 0.3), 3, 6, 0x8A9AA6);
        Primitives.box(out, front.translate(0, LENGTH * 0.1, -LENGTH * 0.1)
                .scale(LENGTH * 0.1, LENGTH * 0.05, LENGTH * 0.4), back);
        Primitives.box(out, front.translate(0, LENGTH * 0.15, -LENGTH * 0.1).rotateX(20)
                .scale(0.015, LENGTH * 0.16, LENGTH * 0.16), back);
        Xform rear = front.translate(0, 0, LENGTH * 0.12).rotateY(swish);
        Primitives.ellipsoid(out, rear.translate(0, 0, LENGTH * 0.12)
                .scale(LENGTH * 0.07, LENGTH * 0.08, LENGTH * 0.2), 2, 5, 0x7A8A96);
        Primitives.box(out, rear.translate(0, 0, LENGTH * 0.36).rotateY(swish * 0.8)
                .scale(0.02, LENGTH * 0.22, LENGTH * 0.14), back);
    }
}
