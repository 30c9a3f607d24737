package dev.longshot.validate;

import java.util.List;

/** The standard rule set, in the order the director runs it. */
public final class Validators {
    private Validators() {}

    /** Every rule of DESIGN.md's schedule at {@code strictness} (0 … 1; default 0.7). */
    public static List<Validator> standard(double strictness) {
        return List.of(
                new CameraContinuity(strictness),
                new EntityMotion(strictness),
                new Gravity(strictness),
                new Interpenetration(strictness),
                new LightConsistency(strictness),
                new Exposure(strictness),
                new OpticalFlow(strictness),
                new MaterialConsistency(strictness));
    }
}
