package dev.longshot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Unmarked videos for {@code bench-watermark}'s false-positive count, from the FFmpeg program's
 * lavfi test sources: ten families (test cards, bars and charts, fractals, cellular automata,
 * gradients, Perlin noise, zone plates …), each taken again with other seeds and parameters and
 * at four frame sizes, so that hundreds of them are all different pictures.
 */
final class UnmarkedSources {
    /** Frame sizes the sources cycle through, each a different scale of the detector's grid. */
    static final List<String> SIZES = List.of("640x360", "854x480", "426x240", "960x540");

    private static final String[] BARS = {"smptebars", "smptehdbars", "pal75bars", "pal100bars",
        "colorspectrum", "rgbtestsrc", "yuvtestsrc", "testsrc"};
    private static final int[] RULES = {18, 22, 26, 30, 45, 60, 73, 90, 105, 110, 124, 126,
        150, 182};
    private static final String[] GRADIENTS = {"linear", "radial", "circular", "spiral",
        "square"};

    private static final List<Family> FAMILIES = List.of(
            (k, r) -> "testsrc2=" + r + ",noise=alls=" + (5 + 7 * k % 60) + ":allf=t+u,hue=h="
                    + 37 * k % 360,
            (k, r) -> BARS[k % BARS.length] + "=" + r + ",noise=alls=" + (3 + 4 * k % 40)
                    + ":allf=t+u",
            (k, r) -> String.format(Locale.ROOT, "mandelbrot=%s:maxiter=1000:start_scale=%.2f"
                    + ":start_x=%.3f:start_y=%.3f:inner=black", r, 3 - 0.25 * (k % 10),
                    -0.743 + 0.01 * k, 0.1 + 0.005 * k),
            (k, r) -> String.format(Locale.ROOT, "life=%s:seed=%d:ratio=%.2f:mold=10", r, k,
                    0.1 + 0.05 * (k % 8)),
            (k, r) -> "cellauto=" + r + ":rule=" + RULES[k % RULES.length] + ":seed=" + k
                    + ":random_fill_ratio=0." + (3 + k % 5),
            (k, r) -> String.format(Locale.ROOT, "gradients=%s:seed=%d:nb_colors=%d:type=%s"
                    + ":speed=%.3f", r, k, 2 + k % 7, GRADIENTS[k % GRADIENTS.length],
                    0.01 + 0.005 * (k % 5)),
            (k, r) -> String.format(Locale.ROOT, "perlin=%s:seed=%d:octaves=%d:persistence=%.1f"
                    + ":xscale=%d:yscale=%d:tscale=%.1f", r, k, 1 + k % 4, 0.4 + 0.1 * (k % 5),
                    1 + k % 3, 1 + k % 2, 0.5 + 0.25 * (k % 4)),
            (k, r) -> "sierpinski=" + r + ":seed=" + k + ":jump=" + (1 + 7 * k % 100) + ":type="
                    + (k % 2 == 0 ? "carpet" : "triangle"),
            (k, r) -> "zoneplate=" + r + ":kt=" + (1 + k % 4) + ":kx2=" + (64 + 32 * k)
                    + ":ky2=" + (64 + 24 * k),
            (k, r) -> "testsrc2=" + r + ",noise=alls=" + (20 + 9 * k % 50) + ":allf=t+u"
                    + ",eq=brightness=" + String.format(Locale.ROOT, "%.2f", -0.3 + 0.04 * k));

    /** A family of sources: variant {@code k}, given the size and rate option {@code r}. */
    @FunctionalInterface
    private interface Family {
        String at(int k, String r);
    }

    private UnmarkedSources() {}

    /**
     * The first {@code count} sources, as lavfi graphs: every family in turn, each turn one
     * variant later and at the next size.
     */
    static List<String> list(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int k = i / FAMILIES.size();
            String rate = "size=" + SIZES.get(k % SIZES.size()) + ":rate=24";
            out.add(FAMILIES.get(i % FAMILIES.size()).at(k, rate));
        }
        return out;
    }

    /** What the sources are made of, for the report. */
    static String description() {
        return "FFmpeg lavfi test sources: testsrc/testsrc2 with noise, hue and brightness,"
                + " SMPTE/PAL bars, colour spectrum, mandelbrot, life, cellauto, gradients,"
                + " perlin, sierpinski, zoneplate; seeds and parameters varied, "
                + String.join("/", SIZES) + ", 24 fps, x264 CRF 23";
    }
}
