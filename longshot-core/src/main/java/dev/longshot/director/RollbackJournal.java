package dev.longshot.director;

import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The re-sampling salts the run's rollbacks left in the world, by the second they apply from.
 * With it, a pass without pixels brings the world to any second exactly as the validated run
 * left it: a rollback to second B restores the state taken at B's start (before any salt at
 * B) and then re-samples, so the world at any later second is the world simulated from 0 with
 * {@code resample(salt)} at the start of each second listed here. Small: one entry per
 * repaired failure.
 */
public final class RollbackJournal {
    private final NavigableMap<Integer, Long> salts = new TreeMap<>();

    /**
     * The run rewound to the start of {@code second}: what was re-sampled from there on is
     * void; {@code reseed}, when present, now applies from it.
     */
    void rewound(int second, OptionalLong reseed) {
        salts.tailMap(second, true).clear();
        reseed.ifPresent(salt -> salts.put(second, salt));
    }

    /** The salt to re-sample with at the start of {@code second}, if a rollback left one. */
    OptionalLong saltAt(int second) {
        Long s = salts.get(second);
        return s == null ? OptionalLong.empty() : OptionalLong.of(s);
    }

    /** Adds an entry read back from a store. */
    public void put(int second, long salt) {
        if (second < 0) throw new IllegalArgumentException("second " + second);
        salts.put(second, salt);
    }

    /** The entries before {@code second}, in order of second. */
    public NavigableMap<Integer, Long> before(int second) {
        return java.util.Collections.unmodifiableNavigableMap(
                new TreeMap<>(salts.headMap(second, false)));
    }

    /** Drops the entries from {@code second} on (a resumed run makes them again). */
    public void dropFrom(int second) {
        salts.tailMap(second, true).clear();
    }

    /** Number of entries. */
    public int size() {
        return salts.size();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Integer, Long> e : salts.entrySet()) {
            b.append(e.getKey()).append(':').append(Long.toHexString(e.getValue())).append(' ');
        }
        return b.toString().trim();
    }
}
