package dev.longshot.plan;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BAAI bge-small-zh-v1.5 (int8-quantized ONNX, shipped inside its Maven jar), run in-process
 * with ONNX Runtime: 512 dims, ~2 ms per line on 2 cores. The model is loaded once per JVM;
 * repeated lines come from a bounded cache, so an hour of storyboard costs one call per
 * distinct line.
 *
 * <p>Outputs are rounded to a 2^-12 grid: ONNX Runtime may pick different SIMD kernels on
 * different CPUs, and the last bits of a float must not change a plan (DESIGN.md rule 1).
 */
public final class BgeEmbedder implements SentenceEmbedder {
    public static final int DIM = 512;
    private static final int CACHE_LINES = 16_384;
    private static final float GRID = 4096f;

    private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_LINES;
        }
    };

    /** Lazily loaded: the ONNX session costs ~0.5 s and ~100 MB, shared by all users. */
    private static final class Model {
        static final EmbeddingModel INSTANCE = new BgeSmallZhV15QuantizedEmbeddingModel();
    }

    @Override
    public int dim() {
        return DIM;
    }

    @Override
    public synchronized float[] embed(String text) {
        float[] v = cache.get(text);
        if (v != null) return v;
        // The model gives no vector for an empty string; a blank line means "nothing said".
        v = text.isBlank() ? new float[DIM] : quantize(
                Model.INSTANCE.embed(text).content().vector());
        cache.put(text, v);
        return v;
    }

    private static float[] quantize(float[] raw) {
        if (raw.length != DIM) throw new IllegalStateException("embedding dim " + raw.length);
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) v[i] = Math.round(raw[i] * GRID) / GRID;
        return v;
    }
}
