package dev.longshot.render;

import dev.longshot.plan.Transition;
import dev.longshot.world.FrameSpec;
import java.util.Objects;

/**
 * A frame generator that shows a dissolve: while one is under way it renders the old scene's
 * frame and the new one and cross-fades them (smoothstep of the progress), so those frames
 * cost two renders — a dissolve lasts about a second. Other frames pass straight through.
 */
public final class Dissolve implements FrameGenerator {
    private final FrameGenerator inner;

    public Dissolve(FrameGenerator inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    @Override
    public int width() {
        return inner.width();
    }

    @Override
    public int height() {
        return inner.height();
    }

    @Override
    public Frame render(FrameSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.change().kind() != Transition.DISSOLVE || spec.change().from() == null) {
            return inner.render(spec);
        }
        Frame old = inner.render(spec.change().from());
        Frame now = inner.render(spec);
        double p = StrictMath.max(0, StrictMath.min(1, spec.change().progress()));
        int w = (int) StrictMath.round(256 * p * p * (3 - 2 * p));
        int[] a = old.rgb(), b = now.rgb();
        for (int i = 0; i < b.length; i++) b[i] = Colors.mix(a[i], b[i], w);
        return now;
    }

    @Override
    public void close() {
        inner.close();
    }
}
