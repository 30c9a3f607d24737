/**
 * Frame generation: the embedded deterministic software rasterizer and its interface.
 *
 * <p>{@link dev.longshot.render.SoftwareRenderer} is the default {@link
 * dev.longshot.render.FrameGenerator}. What it draws is a {@code DrawList} of {@code Drawable}s
 * (terrain, forest, mesh batches filled by a {@code MeshSource}, water): a new kind of mesh
 * is one drawable or source, and the list numbers its bins and shadow casters. Its
 * pipeline, one concept per file: {@code Projection}
 * (look-at, perspective, viewport, view rays) → {@code ShadedVertices} (vertex stage) →
 * {@code MeshSubmitter} and {@code Clipper} (primitive assembly, near-plane and guard-band
 * clipping) → {@code TriangleBins} (setup, 64×64 tile binning) → {@code TileRasterizer}
 * (fixed-point edge functions, 1/w depth) → {@code TileResolver} ({@code SkyShader} and
 * {@code WaterShader} on a 2×2 lattice). Meshes: {@code TerrainMesh} (cached per Terrain),
 * {@code WaterMesh}, {@code TreeMesh}; threads: {@code WorkerPool}. Beside colour and depth
 * the rasterizer keeps an entity-id buffer ({@code EntityIds}: which catalog entry each pixel
 * shows), and each frame carries its {@code Coverage}: the proof of what was on screen.
 *
 * <p>For a previs hand-off ({@code RenderExtras}) a frame also keeps its depth and id buffers
 * ({@code FramePasses}), from which {@code SurfaceNormals} and {@code MotionVectors} derive the
 * other passes, and tracking markers ({@code VfxMarkers}) stand in the world.
 */
package dev.longshot.render;
