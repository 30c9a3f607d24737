package dev.longshot.memory.train;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates labelled synthetic storyboards, Chinese or English, from a seed: a hidden scene
 * state evolves line by line (time passes, weather changes and stops, subjects arrive and
 * leave, the place cuts), and each line says only part of it — ellipsis is the normal case,
 * so the labels teach carry-over. Words come from the lexicon's term lists plus small
 * template banks; the evaluation storyboards were written separately.
 */
public final class SyntheticCorpus {
    /** Names this generator in a weight file's header (with the seed and storyboard count). */
    public static final String ID = "longshot-synthetic-zh-en";
    /** One labelled line. */
    public record Line(String text, ScenePlan gold) {}

    private static final String[] ZH_FILL = {"镜头静静停留", "一切都很安静", "微风吹过", "画面渐渐展开",
        "远处传来声音", "光线慢慢变化", "它低头饮水", "它们继续前行", "它抬起头", "他们停下脚步"};
    private static final String[] EN_FILL = {"The shot holds", "Everything is quiet",
        "A breeze passes", "The light slowly changes", "It lowers its head",
        "They keep moving", "It looks up", "They stop for a moment", "Nothing moves"};
    private static final String[] ZH_ODD = {"骆驼", "灯塔", "风车", "火车", "汽车", "帐篷"};
    private static final String[] EN_ODD = {"camel", "lighthouse", "windmill", "train", "tent",
        "bicycle"};
    private static final String[] ZH_STOP = {"雨停了", "雪停了", "雾散了", "放晴", "雨过天晴",
        "不再下雨", "风暴过去"};
    private static final String[] EN_STOP = {"the rain stopped", "the rain stops",
        "the snow stopped", "the fog lifts", "the sky clears", "the storm passes",
        "no longer raining"};
    private static final String[] ZH_REFDEP = {"它们离开了", "它走了", "它们消失了", "兽群离去",
        "它们跑开了"};
    private static final String[] EN_REFDEP = {"They leave", "It runs off", "They disappear",
        "The herd moves on", "They walk away"};

    /** Lexicon terms per attribute value and language: [attribute:value] → {zh, en}. */
    private final Map<String, List<List<String>>> terms = new LinkedHashMap<>();

    public SyntheticCorpus() {
        try (InputStream in = ScenePlan.class.getResourceAsStream("lexicon.tsv");
             BufferedReader r = new BufferedReader(
                     new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols[0].equals("known") || cols[0].equals("ref")) continue;
                List<String> zh = new ArrayList<>();
                List<String> en = new ArrayList<>();
                for (String term : cols[2].split("\\|")) {
                    (term.chars().anyMatch(c -> c < 128 && Character.isLetter(c)) ? en : zh)
                            .add(term);
                }
                terms.put(cols[0] + ":" + cols[1], List.of(zh, en));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Storyboard number {@code index} of the corpus with this seed. */
    public List<Line> storyboard(long seed, int index) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        boolean zh = rnd.nextBoolean();
        int length = 12 + rnd.nextInt(40);
        return new Story(rnd, zh).lines(length);
    }

    private String term(SplittableRandom rnd, boolean zh, String key) {
        List<String> list = terms.get(key).get(zh ? 0 : 1);
        if (list.isEmpty()) list = terms.get(key).get(zh ? 1 : 0);
        return list.get(rnd.nextInt(list.size()));
    }

    private static <T> T pick(SplittableRandom rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    /** The hidden state of one storyboard and the lines that describe it. */
    private final class Story {
        final SplittableRandom rnd;
        final boolean zh;
        Setting setting = Setting.FOREST;
        Water water = Water.NONE;
        TimeOfDay time = TimeOfDay.MORNING;
        Weather weather = Weather.CLEAR;
        final EnumSet<Subject> subjects = EnumSet.noneOf(Subject.class);
        final List<Subject> order = new ArrayList<>(); // most recently named last
        int scene = -1;

        Story(SplittableRandom rnd, boolean zh) {
            this.rnd = rnd;
            this.zh = zh;
        }

        List<Line> lines(int n) {
            List<Line> out = new ArrayList<>();
            for (int t = 0; t < n; t++) out.add(line(t));
            return out;
        }

        Line line(int t) {
            List<String> parts = new ArrayList<>();
            Setting before = setting;
            Water waterBefore = water;
            if (t == 0) {
                if (chance(0.8)) setSetting(parts, randomSetting());
                if (chance(0.3)) setWater(parts, randomWater());
                if (chance(0.6)) setTime(parts, randomTime());
                if (chance(0.4)) setWeather(parts, randomWeather());
                if (chance(0.4)) addSubject(parts, randomSubject(), false);
            } else {
                int events = chance(0.3) ? 2 : 1;
                for (int e = 0; e < events; e++) event(parts);
            }
            CameraMove camera = CameraMove.STATIC;
            if (chance(0.25)) {
                camera = CameraMove.values()[rnd.nextInt(CameraMove.values().length)];
                parts.add(rnd.nextInt(parts.size() + 1), term(rnd, zh, "camera:" + camera.id()));
            }
            if (chance(0.12)) parts.add(pick(rnd, zh ? ZH_ODD : EN_ODD));
            if (parts.isEmpty()) parts.add(pick(rnd, zh ? ZH_FILL : EN_FILL));
            if (t == 0 || setting != before || water != waterBefore) scene++;
            String text = String.join(zh ? (chance(0.5) ? "，" : "") : pick(rnd, new String[] {
                ", ", " and ", ". ", " "}), parts);
            ScenePlan gold = new ScenePlan(t, text, setting, water, time, weather, subjects,
                    camera, List.of(), scene);
            return new Line(text, gold);
        }

        void event(List<String> parts) {
            double r = rnd.nextDouble();
            if (r < 0.14) {
                parts.add(pick(rnd, zh ? ZH_FILL : EN_FILL));                  // ellipsis
            } else if (r < 0.22) {
                // "它们离开了" needs the binding; rare in text, so drawn often here.
                if (subjects.size() > 1) departByReference(parts);
                else parts.add(pick(rnd, zh ? ZH_FILL : EN_FILL));
            } else if (r < 0.34) {
                setTime(parts, randomTime());
            } else if (r < 0.46) {
                if (weather != Weather.CLEAR && chance(0.5)) {                  // negation
                    weather = Weather.CLEAR;
                    parts.add(pick(rnd, zh ? ZH_STOP : EN_STOP));
                } else {
                    setWeather(parts, randomWeather());
                }
            } else if (r < 0.60) {
                // Often with the place restated ("a deer steps out of the woods"): no cut.
                if (chance(0.3)) parts.add(term(rnd, zh, "setting:" + setting.id()));
                addSubject(parts, randomSubject(), false);
            } else if (r < 0.67) {
                if (!subjects.isEmpty()) {                                      // restated
                    addSubject(parts, order.get(rnd.nextInt(order.size())), false);
                }
            } else if (r < 0.74) {
                if (!subjects.isEmpty()) depart(parts, order.get(rnd.nextInt(order.size())));
            } else if (r < 0.79) {
                if (!subjects.isEmpty()) departByReference(parts);
            } else if (r < 0.88) {
                cut(parts);
            } else if (r < 0.93) {
                setWater(parts, randomWater());
            } else {
                parts.add(term(rnd, zh, "setting:" + setting.id()));            // paraphrase
                if (water != Water.NONE && chance(0.5)) parts.add(term(rnd, zh, "water:" + water.id()));
            }
        }

        void cut(List<String> parts) {
            Setting next = randomSetting();
            if (next == setting) return;
            setSetting(parts, next);
            water = Water.NONE;
            if (chance(0.4)) setWater(parts, randomWater());
            if (chance(0.5)) {
                subjects.clear();
                order.clear();
                addSubject(parts, randomSubject(), true);
            }
        }

        void setSetting(List<String> parts, Setting s) {
            setting = s;
            parts.add(term(rnd, zh, "setting:" + s.id()));
        }

        void setWater(List<String> parts, Water w) {
            if (w == Water.NONE) return;
            water = w;
            parts.add(term(rnd, zh, "water:" + w.id()));
        }

        void setTime(List<String> parts, TimeOfDay d) {
            time = d;
            parts.add(term(rnd, zh, "timeOfDay:" + d.id()));
        }

        void setWeather(List<String> parts, Weather w) {
            weather = w;
            parts.add(term(rnd, zh, "weather:" + w.id()));
        }

        void addSubject(List<String> parts, Subject s, boolean fresh) {
            subjects.add(s);
            order.remove(s);
            order.add(s);
            parts.add(term(rnd, zh, "subject:" + s.id()));
        }

        void depart(List<String> parts, Subject s) {
            subjects.remove(s);
            order.remove(s);
            String word = term(rnd, zh, "subject:" + s.id());
            parts.add(zh ? word + pick(rnd, new String[] {"离开了", "飞走了", "消失了", "跑开了", "远去"})
                    : "the " + word + " " + pick(rnd, new String[] {"leave", "leaves", "run off",
                        "disappear", "fly away", "depart"}));
        }

        void departByReference(List<String> parts) {
            Subject last = order.remove(order.size() - 1);                     // the newest
            subjects.remove(last);
            parts.add(pick(rnd, zh ? ZH_REFDEP : EN_REFDEP));
        }

        boolean chance(double p) {
            return rnd.nextDouble() < p;
        }

        Setting randomSetting() {
            return Setting.values()[rnd.nextInt(Setting.values().length)];
        }

        Water randomWater() {
            return Water.values()[1 + rnd.nextInt(Water.values().length - 1)];
        }

        TimeOfDay randomTime() {
            return TimeOfDay.values()[rnd.nextInt(TimeOfDay.values().length)];
        }

        Weather randomWeather() {
            return Weather.values()[rnd.nextInt(Weather.values().length)];
        }

        Subject randomSubject() {
            return Subject.values()[rnd.nextInt(Subject.values().length)];
        }
    }
}
