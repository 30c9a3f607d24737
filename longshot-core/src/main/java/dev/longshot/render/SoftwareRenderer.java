package dev.longshot.render;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Terrain;
import dev.longshot.world.camera.Focus;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The embedded frame generator: a deterministic software rasterizer in plain Java.
 *
 * <p>What it draws is a {@link DrawList} of {@link Drawable}s. Per frame: vertex stage
 * (project, light, fog every mesh vertex) → shadow map (every caster near the camera drawn
 * from the light, see {@link ShadowMap}) → primitive assembly and binning (cull, clip, set
 * up, bin into 64×64 tiles; one bin per chunk of each drawable) → tiles in parallel
 * (rasterize each tile's triangles bin by bin in submission order, then shadows, sky and
 * water per pixel, then the lamps' glow at night, see {@link LampGlow}) → edge anti-aliasing over the whole frame ({@link EdgeAntialias}).
 * Beside colour it keeps an entity-id buffer (which catalog entry each pixel shows, see
 * {@link EntityIds}); each frame carries the share of it every entry covers ({@link Coverage}).
 * Every stage splits work into items whose output does not depend on which thread ran them,
 * so the pixels are bit-identical for any thread count.
 *
 * <p>Not thread-safe for concurrent {@link #render} calls on one instance (they are
 * serialized); the instance owns a fixed pool of {@code threads} daemon threads until
 * {@link #close()}.
 */
public final class SoftwareRenderer implements FrameGenerator {
    private final int width;
    private final int height;
    private final WorkerPool pool;
    private final int[] rgb;
    private final int[] ids; // (height, width) EntityIds number per pixel
    /** What is drawn, in draw order: ground, trees, scenery, subjects, then water. */
    private final DrawList draws = new DrawList(List.of(
            new TerrainDrawable(),
            new ForestDrawable(),
            new BatchDrawable(MeshSource.perTerrain(SceneryMeshes::build)),
            new BatchDrawable(new MovingThings()),
            new BatchDrawable(MeshSource.perFrame(
                    (spec, out) -> SubjectMeshes.build(spec.subjects(), out))),
            new BatchDrawable(MeshSource.perFrame((spec, out) -> markerMeshes(spec, out))),
            new WaterDrawable()));
    /** One bin per chunk of the draw list, rasterized in this order. */
    private final TriangleBins[] bins = new TriangleBins[draws.bins()];
    private final MeshSubmitter[] submitters;
    private final TileRasterizer[] rasterizers;
    private final Fog fog = new Fog();
    private final SkyOverlay overlay;
    private final LampGlow lampGlow = new LampGlow();
    private final ShadowMap shadows = new ShadowMap(draws.shadowSlices());
    private final EdgeAntialias antialias;
    private DepthOfField depthOfField;
    private final RenderExtras extras;
    /** The tracking markers of the frame being drawn (none unless the extras ask). */
    private List<VfxMarker> markers = List.of();
    private boolean closed;

    public SoftwareRenderer(int width, int height, int threads) {
        this(width, height, threads, RenderExtras.NONE);
    }

    /**
     * A renderer that also draws tracking markers and keeps passes with every frame, as
     * {@code extras} asks ({@link Frame#passes()}).
     */
    public SoftwareRenderer(int width, int height, int threads, RenderExtras extras) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "frame size must be at least 1x1, got " + width + "x" + height);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.extras = Objects.requireNonNull(extras, "extras");
        this.width = width;
        this.height = height;
        this.rgb = new int[Math.multiplyExact(width, height)];
        this.ids = new int[rgb.length];
        this.pool = new WorkerPool(threads);
        this.overlay = new SkyOverlay(width, height);
        this.antialias = new EdgeAntialias(width, height);
        for (int i = 0; i < bins.length; i++) bins[i] = new TriangleBins(width, height);
        this.submitters = new MeshSubmitter[threads];
        this.rasterizers = new TileRasterizer[threads];
        for (int i = 0; i < threads; i++) {
            submitters[i] = new MeshSubmitter();
            rasterizers[i] = new TileRasterizer();
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public synchronized Frame render(FrameSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (closed) throw new IllegalStateException("renderer is closed");
        Terrain terrain = spec.terrain();
        Lighting light = spec.lighting();
        Projection proj = new Projection(spec.camera(), width, height);
        fog.update(light.fogDensity());
        markers = extras.vfxMarkers() ? VfxMarkers.near(spec) : List.of();

        // Vertex stage.
        draws.prepare(new DrawContext(spec, proj, fog, pool, PointLights.of(spec)));

        // Shadow map from every caster near the camera.
        if (shadows.fit(light, terrain, spec.camera().position(), spec.camera().forward())) {
            draws.beginShadows(shadows);
            pool.forEach(draws.shadowSlices(),
                    (slice, task) -> draws.cast(slice, shadows.casters(slice)));
            shadows.rasterize(pool);
        }

        // Primitive assembly and binning, one job per bin.
        pool.forEach(bins.length, (bin, task) -> {
            bins[bin].clear();
            draws.submit(bin, submitters[task], bins[bin], proj);
        });

        // Tiles in parallel: rasterize, then sky and water per pixel.
        // Clouds and waves move by the world's clock (slow in slow motion).
        SkyShader sky = new SkyShader(light, spec.camera().position(), spec.worldSeconds());
        WaterShader waterShader = new WaterShader(proj, light, sky, fog, terrain,
                spec.worldSeconds());
        var shaders = new TileRasterizer.FrameShaders(proj, sky, waterShader, shadows,
                overlay.build(proj, sky, light.atmosphere(), spec.time(), spec.camera().yawDeg()),
                lampGlow.build(spec, proj, fog));
        TriangleBins first = bins[0];
        for (TileRasterizer r : rasterizers) r.clearCounts();
        Focus focus = spec.camera().focus();
        // Passes keep the depth buffer with the frame: a new one, owned by it.
        boolean keep = !extras.passes().isEmpty();
        float[] depth = keep ? new float[rgb.length]
                : focus.shallow() ? depthOfField().depth : null;
        pool.forEach(first.tilesX * first.tilesY,
                (tile, task) -> rasterizers[task].render(tile, bins, rgb, ids, depth, shaders));
        Coverage shown = coverage();
        FramePasses passes = extras.any() ? passes(depth) : null;
        if (keep && focus.shallow()) {
            System.arraycopy(depth, 0, depthOfField().depth, 0, depth.length);
        }

        // The shot's subject lit to read against the night, its edges then smoothed as all.
        TargetRim.apply(rgb, ids, width, spec, shown);
        // Anti-aliasing, after every tile is done: it reads across tile borders.
        int[] out = new int[rgb.length];
        antialias.apply(rgb, out, pool);
        // A shallow focus blurs by depth; the blur reads the anti-aliased frame.
        if (focus.shallow()) {
            depthOfField().apply(out, rgb, focus, pool);
            System.arraycopy(rgb, 0, out, 0, out.length);
        }
        // Weather over the finished frame: rain and snow, then lightning's and fireworks' light.
        Precipitation.draw(out, proj, spec);
        Flash.brighten(out, width, height, light.atmosphere().flash(), pool);
        FireworkLight.apply(out, width, height, light.atmosphere(), spec.time().seconds(), pool);
        return new Frame(width, height, out, spec.time(), shown, passes);
    }

    /** This frame's markers as meshes; nothing when they are off. */
    private void markerMeshes(FrameSpec spec, MeshBatch out) {
        out.clear();
        VfxMarkers.build(markers, out, spec.terrain());
    }

    /** What the frame keeps for its passes: the depth buffer, the ids as shorts, the markers. */
    private FramePasses passes(float[] depth) {
        short[] kept = null;
        // motion needs the ids too: they say which pixels move by themselves
        Set<PassKind> asked = extras.passes();
        if (asked.contains(PassKind.IDS) || asked.contains(PassKind.MOTION)) {
            kept = new short[ids.length];
            for (int i = 0; i < ids.length; i++) kept[i] = (short) ids[i];
        }
        return new FramePasses(extras.passes().isEmpty() ? null : depth, kept, markers);
    }

    /** The depth-of-field pass, made on the first shallow frame (most videos never ask). */
    private DepthOfField depthOfField() {
        if (depthOfField == null) depthOfField = new DepthOfField(width, height);
        return depthOfField;
    }

    /** Sums the tasks' pixel counts: integers, so the order of tasks does not matter. */
    private Coverage coverage() {
        int[] total = new int[rasterizers[0].counts.length];
        for (TileRasterizer r : rasterizers) {
            for (int i = 0; i < total.length; i++) total[i] += r.counts[i];
        }
        return Coverage.of(total, ids.length);
    }

    /** The entity-id buffer of the last frame, row-major ({@link EntityIds} numbers); a copy. */
    public synchronized int[] entityIds() {
        return ids.clone();
    }

    @Override
    public synchronized void close() {
        closed = true;
        pool.close();
    }
}
