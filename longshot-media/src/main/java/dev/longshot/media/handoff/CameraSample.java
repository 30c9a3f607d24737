package dev.longshot.media.handoff;

/**
 * The camera of one frame, in the hand-off's axes (see the package doc).
 *
 * @param frame          0-based frame of the video
 * @param x              position, metres
 * @param y              position, metres (up)
 * @param z              position, metres
 * @param tiltDeg        rotation about X, positive looks up
 * @param panDeg         rotation about Y, positive turns left (counter-clockwise from above)
 * @param rollDeg        rotation about Z
 * @param focalMm        focal length
 * @param sensorWidthMm  recorded sensor area
 * @param sensorHeightMm recorded sensor area
 * @param focusMetres    focus distance when depth of field is shallow, NaN for deep focus
 */
public record CameraSample(long frame, double x, double y, double z, double tiltDeg,
        double panDeg, double rollDeg, double focalMm, double sensorWidthMm,
        double sensorHeightMm, double focusMetres) {

    /** Vertical field of view, degrees. */
    public double verticalFovDeg() {
        return Math.toDegrees(2 * Math.atan(sensorHeightMm / (2 * focalMm)));
    }

    /** Horizontal field of view, degrees. */
    public double horizontalFovDeg() {
        return Math.toDegrees(2 * Math.atan(sensorWidthMm / (2 * focalMm)));
    }

    /**
     * Where world point (px, py, pz) lands on a {@code width}×{@code height} picture of this
     * camera: pixel coordinates, x right and y down, pixel centres at +0.5; {@code null} when
     * the point is behind the camera. A pinhole with the vertical field of view and square
     * pixels — what any package that imports the camera computes.
     */
    public double[] project(double px, double py, double pz, int width, int height) {
        // camera-from-world = inverse of Ry(pan)·Rx(tilt)·Rz(roll): apply -pan, -tilt, -roll
        double dx = px - x;
        double dy = py - y;
        double dz = pz - z;
        double a = Math.toRadians(-panDeg);
        double x1 = Math.cos(a) * dx + Math.sin(a) * dz;
        double z1 = -Math.sin(a) * dx + Math.cos(a) * dz;
        double t = Math.toRadians(-tiltDeg);
        double y2 = Math.cos(t) * dy - Math.sin(t) * z1;
        double z2 = Math.sin(t) * dy + Math.cos(t) * z1;
        double r = Math.toRadians(-rollDeg);
        double x3 = Math.cos(r) * x1 - Math.sin(r) * y2;
        double y3 = Math.sin(r) * x1 + Math.cos(r) * y2;
        if (z2 >= 0) return null;
        double tanV = Math.tan(Math.toRadians(verticalFovDeg()) / 2);
        double tanH = tanV * width / height;
        double ndcX = x3 / (-z2 * tanH);
        double ndcY = y3 / (-z2 * tanV);
        return new double[] {(ndcX * 0.5 + 0.5) * width, (0.5 - ndcY * 0.5) * height};
    }
}
