package dev.longshot.director;

import dev.longshot.catalog.Catalog;
import dev.longshot.plan.CameraSpec;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Subject;
import dev.longshot.plan.SubjectRef;
import dev.longshot.plan.ThingRef;
import dev.longshot.render.Coverage;
import dev.longshot.render.EntityIds;
import dev.longshot.world.MoonRise;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one second actually showed, beside what its plan asked for: per catalog entry, the
 * mean and the largest share of the frame it covered over the second's frames, from each
 * frame's {@link Coverage}. A rider asked for without its mount is counted with it (a horseman
 * is the man and his horse; the renderer keeps the horse's own id): the mount's pixels are
 * listed as the rider's. Filled frame by frame by {@link SecondGenerator}.
 */
final class ShownSecond {
    private final EntityIds ids = EntityIds.bundled();
    private final double[] sum = new double[ids.size()]; // (entities) shares added up
    private final double[] max = new double[ids.size()]; // (entities)
    private final List<String> asked;
    private final List<String> named;
    private final int line;
    private final int[][] ridden; // (rider, mount) entity pairs counted as one
    private final double[] riddenSum;
    private final double[] riddenMax;
    private final double[] frameShare = new double[ids.size()];
    private int frames;

    /**
     * @param plan the second's plan: its subjects and things that the catalog draws are asked
     * @param line the storyboard line (1-based line of the source file) the second belongs to
     */
    ShownSecond(ScenePlan plan, int line) {
        this.asked = asked(plan.keys());
        this.named = named(plan, asked);
        this.line = line;
        this.ridden = ridden(asked, ids);
        this.riddenSum = new double[ridden.length];
        this.riddenMax = new double[ridden.length];
    }

    /** The asked riders whose mount is not asked itself, with that mount: entity pairs. */
    private static int[][] ridden(List<String> asked, EntityIds ids) {
        Catalog catalog = Catalog.bundled();
        List<int[]> out = new ArrayList<>();
        for (String id : asked) {
            String mount = catalog.byId(id).map(e -> e.recipe().text("mount", "")).orElse("");
            if (!mount.isEmpty() && !asked.contains(mount)) {
                out.add(new int[] {ids.of(id), ids.of(mount)});
            }
        }
        return out.toArray(new int[0][]);
    }

    /**
     * Those of {@code asked} that the line itself names, not carried over from a line before:
     * the words that named it are in the line's text, or the planner says the line names it.
     */
    static List<String> named(ScenePlan plan, List<String> asked) {
        String text = plan.text().toLowerCase(Locale.ROOT);
        Set<String> said = new LinkedHashSet<>();
        for (Subject s : plan.named()) said.add(s.id());
        for (SubjectRef s : plan.keys().subjects()) {
            if (!s.said().isBlank() && text.contains(s.said().toLowerCase(Locale.ROOT))) {
                said.add(s.id());
            }
        }
        for (ThingRef t : plan.keys().things()) {
            if (!t.said().isBlank() && text.contains(t.said().toLowerCase(Locale.ROOT))) {
                said.add(t.id());
            }
        }
        if (MoonRise.named(plan)) said.add("moon");
        // A point-of-view shot is seen through its subject's eyes: no one expects to see it.
        CameraSpec camera = plan.keys().camera();
        if ("pov".equals(camera.move()) && camera.target() != null) said.remove(camera.target());
        List<String> out = new ArrayList<>(asked);
        out.retainAll(said);
        return List.copyOf(out);
    }

    /**
     * The ids of {@code keys}' subjects and things the catalog marks drawn, in plan order,
     * then the moon when the sky holds it (the one sky body the id buffer tells apart).
     */
    static List<String> asked(PlanKeys keys) {
        Set<String> out = new LinkedHashSet<>();
        for (SubjectRef s : keys.subjects()) out.add(s.id());
        for (ThingRef t : keys.things()) out.add(t.id());
        if (keys.sky().contains("moon")) out.add("moon");
        Catalog catalog = Catalog.bundled();
        out.removeIf(id -> !catalog.byId(id).map(e -> e.drawn()).orElse(false));
        return List.copyOf(out);
    }

    /** Counts one frame; frames whose generator keeps no ids are left out. */
    void add(Coverage c) {
        if (c.pixels() == 0) return;
        frames++;
        for (int k = 0; k < c.size(); k++) {
            int e = c.entity(k);
            double share = c.count(k) / (double) c.pixels();
            sum[e] += share;
            max[e] = Math.max(max[e], share);
            frameShare[e] = share;
        }
        for (int r = 0; r < ridden.length; r++) {
            double both = frameShare[ridden[r][0]] + frameShare[ridden[r][1]];
            riddenSum[r] += both;
            riddenMax[r] = Math.max(riddenMax[r], both);
        }
        for (int k = 0; k < c.size(); k++) frameShare[c.entity(k)] = 0;
    }

    /** Whether any frame was counted. */
    boolean measured() {
        return frames > 0;
    }

    /** The log's record of second {@code t}: every entry seen, the most covered first. */
    GenerationLog.Shown record(int t) {
        List<GenerationLog.Share> seen = new ArrayList<>();
        double[] mean = new double[sum.length];
        double[] most = max.clone();
        for (int e = 0; e < sum.length; e++) mean[e] = sum[e] / frames;
        for (int r = 0; r < ridden.length; r++) {
            mean[ridden[r][0]] = riddenSum[r] / frames;
            most[ridden[r][0]] = riddenMax[r];
            mean[ridden[r][1]] = 0; // its pixels are the rider's now: the shares still add to 1
            most[ridden[r][1]] = 0;
        }
        for (int e = 0; e < sum.length; e++) {
            if (most[e] > 0) seen.add(new GenerationLog.Share(ids.name(e), mean[e], most[e]));
        }
        seen.sort(Comparator.comparingDouble(GenerationLog.Share::mean).reversed()
                .thenComparing(GenerationLog.Share::id));
        return new GenerationLog.Shown(t, line, asked, named, seen);
    }
}
