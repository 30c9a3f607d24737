package dev.longshot.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The re-uploads {@code bench-watermark} puts excerpts through: each an FFmpeg filter and
 * encoder, with a short id for {@code --attacks}.
 */
final class WatermarkAttacks {
    /**
     * @param id   short name for {@code --attacks}
     * @param name what the table prints
     * @param args FFmpeg output options that perform it
     */
    record Attack(String id, String name, List<String> args) {}

    static final List<Attack> ALL = List.of(
            new Attack("none", "none (cut, x264 CRF 18)", x264("18")),
            new Attack("crf23", "H.264 CRF 23", x264("23")),
            new Attack("crf28", "H.264 CRF 28", x264("28")),
            new Attack("x265", "H.265 CRF 28", List.of("-c:v", "libx265", "-preset", "veryfast",
                    "-crf", "28", "-x265-params", "log-level=error")),
            new Attack("half", "downscale 50%", with("scale=iw/2:ih/2", x264("23"))),
            new Attack("426x240", "426x240 CRF 28", with("scale=426:240", x264("28"))),
            new Attack("320x180", "320x180 CRF 28", with("scale=320:180", x264("28"))),
            new Attack("426x240-30fps", "426x240 + 30 fps CRF 26",
                    with("scale=426:240,fps=30", x264("26"))),
            new Attack("crop10", "crop 10% (centre 90%x90%)",
                    with("crop=trunc(iw*0.45)*2:trunc(ih*0.45)*2", x264("23"))),
            new Attack("30fps", "24 -> 30 fps", with("fps=30", x264("23"))),
            new Attack("brighter", "brightness +10%", with("eq=brightness=0.1", x264("23"))),
            new Attack("mirrored", "mirrored", with("hflip", x264("23"))),
            new Attack("rot+2", "rotated +2 deg", with("rotate=2*PI/180", x264("23"))),
            new Attack("rot-2", "rotated -2 deg", with("rotate=-2*PI/180", x264("23"))));

    private WatermarkAttacks() {}

    /**
     * The attacks a comma-separated list of ids names, in the table's order; every attack when
     * {@code list} is null.
     *
     * @throws UserError naming an unknown id and the known ones
     */
    static List<Attack> select(String list) {
        if (list == null) return ALL;
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : list.split(",")) {
            String t = id.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) continue;
            if (ALL.stream().noneMatch(a -> a.id().equals(t))) {
                throw new UserError("--attacks: unknown attack '" + t + "'; known: "
                        + String.join(", ", ALL.stream().map(Attack::id).toList()));
            }
            wanted.add(t);
        }
        if (wanted.isEmpty()) throw new UserError("--attacks: name at least one attack");
        List<Attack> out = new ArrayList<>();
        for (Attack a : ALL) if (wanted.contains(a.id())) out.add(a);
        return out;
    }

    private static List<String> x264(String crf) {
        return List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", crf);
    }

    private static List<String> with(String filter, List<String> codec) {
        List<String> a = new ArrayList<>(List.of("-vf", filter));
        a.addAll(codec);
        return a;
    }
}
