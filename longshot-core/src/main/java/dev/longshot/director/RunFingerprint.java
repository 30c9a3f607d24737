package dev.longshot.director;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a checkpoint store was made for, as named values: the storyboard's digest, every
 * setting that shapes the frames or the sound, every component's settings, every bundled
 * resource's digest, the build and the segment length. A resumed run compares its own with
 * the store's and names each value that changed. Render threads are left out: they never
 * change the pixels.
 */
public final class RunFingerprint {
    private final Map<String, String> values;

    private RunFingerprint(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The fingerprint of a run recorded by {@code p}, cut into {@code segmentSeconds}. */
    public static RunFingerprint of(RunProvenance p, int segmentSeconds) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("storyboard", p.storyboard().sha256());
        DirectorConfig c = p.config();
        v.put("size", c.width() + "x" + c.height());
        v.put("fps", Integer.toString(c.fps()));
        v.put("seed", Long.toString(c.seed()));
        v.put("codec", c.codec().id());
        v.put("projection", c.projection().id());
        v.put("validation", p.validation().toString());
        v.put("visible-label", p.labelMode());
        v.put("segment-seconds", Integer.toString(segmentSeconds));
        v.put("build", p.build().version() + " " + p.build().commit());
        for (RunProvenance.Component k : p.components()) {
            v.put("component " + k.role(), k.implementation() + " " + k.version() + " "
                    + new TreeMap<>(k.settings()));
        }
        for (RunProvenance.Resource r : p.resources()) v.put("resource " + r.name(), r.sha256());
        return new RunFingerprint(v);
    }

    /** Reads back what {@link #values()} gave. */
    public static RunFingerprint of(Map<String, String> values) {
        return new RunFingerprint(values);
    }

    /** The values, in a fixed order. */
    public Map<String, String> values() {
        return values;
    }

    /**
     * What differs from {@code stored}, one "name: stored → now" per value, or empty when
     * nothing does.
     */
    public String changesFrom(RunFingerprint stored) {
        StringBuilder b = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(stored.values);
        values.forEach(all::putIfAbsent);
        for (String k : all.keySet()) {
            String was = stored.values.get(k);
            String now = values.get(k);
            if (was != null && was.equals(now)) continue;
            if (b.length() > 0) b.append("; ");
            b.append(k).append(": ").append(shorten(was)).append(" → ").append(shorten(now));
        }
        return b.toString();
    }

    private static String shorten(String s) {
        if (s == null) return "(none)";
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}
