package dev.longshot.validate;

import dev.longshot.render.Frame;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Timecode;
import dev.longshot.world.WorldObservation;
import dev.longshot.world.camera.Shot;

/**
 * Everything the validators may look at for one frame: what the world decided, what it shows
 * of its subjects, and the rendered pixels. The downscaled luma is computed once, on demand,
 * and shared by the picture rules (exposure, optical flow).
 */
public final class Observation {
    private final FrameSpec spec;
    private final Frame frame;
    private final WorldObservation world;
    private Thumbnail luma;

    public Observation(FrameSpec spec, Frame frame, WorldObservation world) {
        this.spec = spec;
        this.frame = frame;
        this.world = world == null ? WorldObservation.NONE : world;
    }

    public FrameSpec spec() {
        return spec;
    }

    /** The rendered frame; null when a rule is checked on the world alone (unit tests). */
    public Frame frame() {
        return frame;
    }

    public WorldObservation world() {
        return world;
    }

    public Timecode time() {
        return spec.time();
    }

    /** True while the frame's line asks for a whip pan or crash zoom (a violent move). */
    public boolean abruptShot() {
        return Shot.abrupt(spec.plan().keys().camera().move());
    }

    /** True on the last frame of a storyboard second, where per-second rules decide. */
    public boolean endsSecond() {
        return spec.time().frameInSecond() == spec.time().fps() - 1;
    }

    /** Luma of the frame downscaled to at most 160 px wide (computed once). */
    public Thumbnail luma() {
        if (luma == null) luma = Thumbnail.of(frame);
        return luma;
    }
}
