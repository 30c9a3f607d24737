package dev.longshot.world.camera;

/**
 * Where a lens is focused and how shallow its depth of field is, as the renderer's blur needs
 * it: a point at distance {@code D} is blurred over a circle of
 * {@code blur · |1 − distance / D|} of the frame's width (capped at {@code blur}), so the
 * plane of focus is sharp and the far background (and sky) gets the full {@code blur}.
 *
 * @param distance metres from the eye to the plane of focus
 * @param blur     circle of confusion of the far background, as a fraction of frame width;
 *                 0: everything in focus (deep focus)
 */
public record Focus(double distance, double blur) {
    /** Deep focus: nothing blurred. */
    public static final Focus DEEP = new Focus(1, 0);

    public Focus {
        if (!(distance > 0 && Double.isFinite(distance))) {
            throw new IllegalArgumentException("focus distance " + distance);
        }
        if (!(blur >= 0 && blur <= 0.05)) throw new IllegalArgumentException("blur " + blur);
    }

    /** True when some depth is out of focus. */
    public boolean shallow() {
        return blur > 0;
    }
}
