package dev.longshot.director;

import dev.longshot.render.RenderExtras;

/**
 * How to make a video; immutable, validated on construction, recorded whole in provenance.
 *
 * @param width         output width in pixels (even, 16 … 7680)
 * @param height        output height in pixels (even, 16 … 4320)
 * @param fps           output frame rate (1 … 120)
 * @param seed          seed of every random choice
 * @param codec         video codec
 * @param renderThreads threads the renderer may use (≥ 1); never changes the pixels
 * @param projection    perspective (default), 360° equirectangular (width = 2 × height) or
 *                      stereo 360° top-bottom (width = height)
 * @param extras        previs extras: tracking markers in the world, passes kept with each
 *                      frame ({@link RenderExtras#NONE} by default; perspective only)
 */
public record DirectorConfig(
        int width, int height, int fps, long seed, VideoCodec codec, int renderThreads,
        FrameProjection projection, RenderExtras extras) {

    public static final int MAX_WIDTH = 7680;
    public static final int MAX_HEIGHT = 4320;

    public DirectorConfig {
        if (width < 16 || width > MAX_WIDTH || height < 16 || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("size " + width + "x" + height
                    + " out of range (16x16 … " + MAX_WIDTH + "x" + MAX_HEIGHT + ")");
        }
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException(
                    "size " + width + "x" + height + " must be even in both dimensions");
        }
        if (fps < 1 || fps > 120) {
            throw new IllegalArgumentException("fps " + fps + " out of range (1 … 120)");
        }
        if (codec == null) throw new IllegalArgumentException("codec missing");
        if (renderThreads < 1) {
            throw new IllegalArgumentException("renderThreads must be >= 1: " + renderThreads);
        }
        if (projection == null) throw new IllegalArgumentException("projection missing");
        if (extras == null) throw new IllegalArgumentException("extras missing");
        if (extras.any() && projection != FrameProjection.PERSPECTIVE) {
            throw new IllegalArgumentException(
                    "passes and VFX markers need the perspective projection");
        }
        if (projection == FrameProjection.EQUIRECT && width != 2 * height) {
            throw new IllegalArgumentException("an equirect frame needs width = 2 x height, got "
                    + width + "x" + height + " (e.g. 3840x1920 or 7680x3840)");
        }
        if (projection == FrameProjection.EQUIRECT_TOP_BOTTOM
                && (width != height || height % 4 != 0)) {
            throw new IllegalArgumentException("a stereo top-bottom 360° frame needs width ="
                    + " height, a multiple of 4 (each eye 2:1), got " + width + "x" + height
                    + " (e.g. 2048x2048 or 4096x4096)");
        }
    }

    /** A configuration without previs extras. */
    public DirectorConfig(int width, int height, int fps, long seed, VideoCodec codec,
                          int renderThreads, FrameProjection projection) {
        this(width, height, fps, seed, codec, renderThreads, projection, RenderExtras.NONE);
    }

    /** A perspective configuration. */
    public DirectorConfig(int width, int height, int fps, long seed, VideoCodec codec,
                          int renderThreads) {
        this(width, height, fps, seed, codec, renderThreads, FrameProjection.PERSPECTIVE);
    }

    /** 1280×720 at 24 fps, H.264, seed 0, one render thread per core. */
    public static DirectorConfig defaults() {
        return new DirectorConfig(1280, 720, 24, 0, VideoCodec.H264,
                Runtime.getRuntime().availableProcessors());
    }

    public DirectorConfig withSize(int w, int h) {
        return new DirectorConfig(w, h, fps, seed, codec, renderThreads, projection, extras);
    }

    public DirectorConfig withFps(int f) {
        return new DirectorConfig(width, height, f, seed, codec, renderThreads, projection, extras);
    }

    public DirectorConfig withSeed(long s) {
        return new DirectorConfig(width, height, fps, s, codec, renderThreads, projection, extras);
    }

    public DirectorConfig withCodec(VideoCodec c) {
        return new DirectorConfig(width, height, fps, seed, c, renderThreads, projection, extras);
    }

    public DirectorConfig withExtras(RenderExtras e) {
        return new DirectorConfig(width, height, fps, seed, codec, renderThreads, projection, e);
    }

    public DirectorConfig withRenderThreads(int n) {
        return new DirectorConfig(width, height, fps, seed, codec, n, projection, extras);
    }
}
