package dev.longshot.render;

import java.util.List;

/**
 * What a frame keeps beside its pixels for a previs hand-off, aligned pixel for pixel with
 * them (row-major from the top-left, the frame's size): the depth buffer and entity-id buffer
 * the rasterizer drew with, and the tracking markers standing in view. Normals and motion are
 * derived from the depth ({@link SurfaceNormals}, {@link MotionVectors}). The arrays are owned
 * by the frame once built.
 *
 * @param inverseDepth (H, W) 1/w, w the distance along the camera's view axis in metres;
 *                     0 where nothing was drawn (sky); null when no pass needs it
 * @param ids          (H, W) {@link EntityIds} numbers; null when the id pass is off
 * @param markers      the markers drawn in this frame (empty when markers are off)
 */
public record FramePasses(float[] inverseDepth, short[] ids, List<VfxMarker> markers) {
    public FramePasses {
        markers = List.copyOf(markers);
    }

    /** Metres along the view axis at pixel {@code p}; infinite for the sky. */
    public double distance(int p) {
        float z = inverseDepth[p];
        return z > 0 ? 1.0 / z : Double.POSITIVE_INFINITY;
    }
}
