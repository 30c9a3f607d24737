package dev.longshot.validate;

import dev.longshot.render.Frame;
import dev.longshot.world.FrameSpec;
import java.util.List;

/**
 * Checks one of the world's rules on consecutive frames. Called for every frame in order;
 * {@code previous} is null for the first frame.
 */
public interface Validator {
    /** Short rule name used in logs. */
    String rule();

    /** The violations of this rule between {@code previous} and {@code current}; empty if none. */
    List<Violation> check(FrameSpec previous, FrameSpec current, Frame frame);
}
