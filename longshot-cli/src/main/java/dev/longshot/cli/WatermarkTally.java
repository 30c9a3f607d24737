package dev.longshot.cli;

import dev.longshot.media.provenance.ContentId;
import dev.longshot.media.provenance.watermark.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code bench-watermark} found in the excerpts of one scene under one attack. Safe to add
 * to from several threads; misses are kept sorted by start so the output does not depend on
 * which excerpt finished first.
 */
final class WatermarkTally {
    /** Largest distance of a reported start from the truth that still counts as right. */
    static final double START_TOLERANCE = 0.5;

    private int hits;
    private int tried;
    private int withheld;
    private int wrongStarts;
    private double zSum;
    private final List<Miss> misses = new ArrayList<>();

    private record Miss(double start, String text) {}

    /** Counts one excerpt that starts {@code start} s into a video whose ID is {@code id}. */
    synchronized void add(Detection d, ContentId id, double start, String attack) {
        tried++;
        zSum += d.syncZ();
        boolean rightId = d.found() && d.contentId().orElseThrow().equals(id);
        boolean rightStart = d.timeFound()
                && Math.abs(d.startSeconds() - start) <= START_TOLERANCE;
        if (rightId && rightStart) {
            hits++;
            return;
        }
        String why;
        if (!d.found()) {
            why = "not found";
        } else if (!rightId) {
            why = "WRONG ID " + d.contentId().orElseThrow();
        } else if (!d.timeFound()) {
            withheld++;
            why = "ID right, start withheld (" + d.timeDoubt().orElse("time code unread") + ")";
        } else {
            wrongStarts++;
            why = String.format(Locale.ROOT, "ID right, WRONG START %.2f s", d.startSeconds());
        }
        Miss m = new Miss(start, String.format(Locale.ROOT, "%s at %.2f s: %s, z=%.1f", attack,
                start, why, d.syncZ()));
        int at = 0;
        while (at < misses.size() && misses.get(at).start() <= start) at++;
        misses.add(at, m);
    }

    private record Counts(int hits, int tried, int withheld, int wrongStarts, double zSum) {}

    private synchronized Counts counts() {
        return new Counts(hits, tried, withheld, wrongStarts, zSum);
    }

    /** Adds another tally's counts (not its misses) to this one. */
    void addCounts(WatermarkTally t) {
        Counts c = t.counts(); // taken under t's lock, added under ours: never both at once
        synchronized (this) {
            hits += c.hits();
            tried += c.tried();
            withheld += c.withheld();
            wrongStarts += c.wrongStarts();
            zSum += c.zSum();
        }
    }

    synchronized int tried() {
        return tried;
    }

    synchronized int wrongStarts() {
        return wrongStarts;
    }

    synchronized int withheld() {
        return withheld;
    }

    synchronized List<String> misses() {
        return misses.stream().map(Miss::text).toList();
    }

    /** {@code detected/tried z<mean>}, plus {@code w<withheld>} when starts were withheld. */
    synchronized String cell() {
        return String.format(Locale.ROOT, "%d/%d z%.1f%s", hits, tried,
                tried > 0 ? zSum / tried : Double.NaN, withheld > 0 ? " w" + withheld : "");
    }
}
