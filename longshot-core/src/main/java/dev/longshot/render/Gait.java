package dev.longshot.render;

import dev.longshot.world.SubjectPose;
import dev.longshot.world.creature.SubjectTraits;

/**
 * How far through a stride a pose is and how hard it moves: the swing of a limb at a phase
 * offset, scaled from nothing at a standstill through a walk to a run. Shared by every body
 * plan that walks.
 *
 * @param phase 0 … 1 through the cycle
 * @param walk  0 standing … 1 at walking speed
 * @param run   0 up to a brisk walk … 1 at a run
 */
record Gait(double phase, double walk, double run) {

    static Gait of(SubjectPose p) {
        SubjectTraits t = p.type().traits();
        double w = clamp01(p.speed() / (t.walk() * 0.8));
        double r = clamp01((p.speed() - t.walk() * 1.5) / (t.walk() * 1.5));
        return new Gait(p.gaitPhase(), w, r);
    }

    /** sin of the cycle at {@code offset} (of a cycle) ahead. */
    double wave(double offset) {
        return StrictMath.sin(2 * StrictMath.PI * (phase + offset));
    }

    /** Swing angle of a limb, degrees: 0 at a standstill, {@code walkDeg} … {@code runDeg}. */
    double swing(double offset, double walkDeg, double runDeg) {
        return wave(offset) * walk * (walkDeg + (runDeg - walkDeg) * run);
    }

    /** Knee bend while the limb swings forward (lifted), degrees. */
    double bend(double offset, double maxDeg) {
        return StrictMath.max(0, wave(offset + 0.25)) * walk * maxDeg * (0.6 + 0.4 * run);
    }

    static double clamp01(double v) {
        return StrictMath.max(0, StrictMath.min(1, v));
    }

    /** A stable 0 … 1 number of a subject's id and {@code k}: its colour, its antlers. */
    static double trait(String id, int k) {
        return SubjectPose.trait(id, k);
    }
}
