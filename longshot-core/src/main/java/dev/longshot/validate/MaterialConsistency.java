package dev.longshot.validate;

import dev.longshot.world.MaterialParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Materials keep their BRDF parameters for the whole scene: each material's albedo (and its
 * roughness, where the shading model has one) stays within tolerance of what it was when the
 * scene started. Checked on every frame against the scene's reference; reported per second.
 */
public final class MaterialConsistency implements Validator {
    public static final String RULE = "materials";

    private final double maxAlbedoDelta;
    private final double maxRoughnessDelta;
    private Map<String, MaterialParams> reference;
    private final Map<String, Violation> worst = new TreeMap<>();

    public MaterialConsistency(double strictness) {
        double slack = Strictness.slack(strictness);
        this.maxAlbedoDelta = 0.03 * slack; // RGB distance, 0 … √3 (≈ 4 steps of 8 bits each)
        this.maxRoughnessDelta = 0.05 * slack;
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public Schedule schedule() {
        return Schedule.SCENE;
    }

    @Override
    public List<Violation> check(Observation previous, Observation current) {
        List<MaterialParams> now = current.world().materials();
        if (previous == null || current.spec().askedChange() || reference == null) {
            reference = new TreeMap<>();
            for (MaterialParams m : now) reference.put(m.name(), m);
        } else {
            for (MaterialParams m : now) {
                MaterialParams ref = reference.get(m.name());
                if (ref == null) {
                    reference.put(m.name(), m); // first seen mid-scene: becomes the reference
                    continue;
                }
                note(current, m.name(), "albedo change", albedoDistance(ref.albedo(), m.albedo()),
                        maxAlbedoDelta);
                if (!Double.isNaN(ref.roughness()) || !Double.isNaN(m.roughness())) {
                    note(current, m.name(), "roughness change",
                            StrictMath.abs(m.roughness() - ref.roughness()), maxRoughnessDelta);
                }
            }
        }
        if (!current.endsSecond()) return List.of();
        List<Violation> found = new ArrayList<>(worst.values());
        worst.clear();
        return found;
    }

    private void note(Observation at, String material, String what, double value, double tol) {
        if (value <= tol) return;
        String key = material + "/" + what;
        Violation old = worst.get(key);
        if (old == null || value > old.magnitude()) {
            worst.put(key, new Violation(RULE, at.time(), material, what, value, tol));
        }
    }

    static double albedoDistance(int a, int b) {
        double dr = ((a >> 16 & 255) - (b >> 16 & 255)) / 255.0;
        double dg = ((a >> 8 & 255) - (b >> 8 & 255)) / 255.0;
        double db = ((a & 255) - (b & 255)) / 255.0;
        return StrictMath.sqrt(dr * dr + dg * dg + db * db);
    }

    @Override
    public Object checkpoint() {
        return reference == null ? null : Map.copyOf(reference);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object state) {
        reference = state == null ? null : new TreeMap<>((Map<String, MaterialParams>) state);
        worst.clear();
    }
}
