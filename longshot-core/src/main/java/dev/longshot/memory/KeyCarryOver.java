package dev.longshot.memory;

import dev.longshot.catalog.Catalog;
import dev.longshot.plan.Approximation;
import dev.longshot.plan.CameraSpec;
import dev.longshot.plan.CreatureHomes;
import dev.longshot.plan.LineReading;
import dev.longshot.plan.NotShownWord;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.SettingCue;
import dev.longshot.plan.ShownIf;
import dev.longshot.plan.SubjectRef;
import dev.longshot.plan.ThingRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The carry-over rule for the plan/2 keys (DESIGN.md): setting, style, water, time, weather,
 * sky, subjects and things carry over until a line changes them; camera and transition apply
 * to the line that names them. Style belongs to the story and carries over into nature. A
 * change takes effect on the first second of its line. A
 * subject that leaves is listed on its leaving line and gone from the next; a new place clears
 * what belonged to the old one. Stateless: the previous keys are the whole state.
 */
public final class KeyCarryOver {
    /** Settings that have streets and squares. */
    private static final Set<String> SETTLEMENTS = Set.of("harbour", "village", "town", "city",
            "ancient-city");
    /** Open land with no sea in it (mountains and volcanoes may stand by the sea). */
    private static final Set<String> INLAND = Set.of("forest", "grassland", "savanna", "valley",
            "canyon", "desert", "snowfield", "farmland", "jungle");
    /** People who travel with the story to a new place (not the locals, crowds or armies). */
    private static final Set<String> TRAVELLERS = Set.of("person", "child");
    /** People an empty place has none of (soldiers may still stand guard in it). */
    private static final Set<String> PEOPLE = Set.of("person", "child", "crowd", "farmer",
            "fisherman", "merchant", "monk", "porter", "scholar");
    /** Words for the people who tell the story. */
    private static final Set<String> NARRATORS = Set.of("we", "us", "我们", "大家", "咱们");
    /** Vehicles travellers ride in and take on with them (a car, a train). */
    private static final Set<String> VEHICLES = Set.of("car", "truck", "bus", "train",
            "steam-train", "bicycle", "motorcycle", "cart", "plane", "helicopter");
    /** Vehicles that only go on by water. */
    private static final Set<String> BOATS = Set.of("boat", "sailboat", "junk", "ship");
    /** What travellers ride and take with them. */
    private static final Set<String> MOUNTS = Set.of("horse", "camel", "donkey", "elephant");
    /** English plurals of people that say nothing of how many ("people", "villagers"). */
    private static final Set<String> PLURAL_PEOPLE = Set.of("people", "villagers", "tourists",
            "townsfolk", "onlookers", "passers-by");
    /** Water too wide to leave by going on to another spot of the same setting. */
    private static final Set<String> WIDE_WATER = Set.of("river", "lake", "sea");
    private static final Set<String> DAYLIGHT = Set.of("dawn", "morning", "noon", "afternoon");

    private KeyCarryOver() {}

    /**
     * The keys of the next second.
     *
     * @param before    the keys of the second before, or null at the start
     * @param r         what the line says
     * @param lineStart whether this second is the first of its line (transitions happen there)
     * @param places    water last seen at each setting, updated here
     * @param gone      things the line before took away: listed on their leaving line, gone
     *                  from this one
     * @param followed  who the story has kept on screen (goes along to a new place)
     */
    static PlanKeys next(PlanKeys before, LineReading r, boolean lineStart,
            Map<String, String> places, List<String> gone, Followed followed) {
        if (before != null && !lineStart) return sameLine(before);
        boolean first = before == null;
        String oldSetting = first ? null : before.setting();
        // Until a line names or implies a place, the forest is only a guess; the first line
        // that implies one ("阳光照耀着辽阔的大海") pictures the place the story was in all along.
        boolean guessed = first || places.containsKey(GUESSED);
        String setting = r.setting() != null ? r.setting()
                : guessed && pictured(r) != null ? pictured(r)
                : first ? "forest" : oldSetting;
        // The sea named where there is none (a river flowing back to the sea) is the coast.
        if (r.setting() == null && "sea".equals(r.water()) && INLAND.contains(setting)) {
            setting = "coast";
        }
        // A street, temple or pier of a harbour or an old city is that place's own, not a move
        // to another settlement; a place named in passing, or a slope or shore of the place
        // the story is in, is no move at all.
        if (!guessed && (r.settingCue() == SettingCue.PASSING
                || r.settingCue() == SettingCue.FEATURE || r.settingCue() == SettingCue.PART
                && SETTLEMENTS.contains(oldSetting) && SETTLEMENTS.contains(setting))) {
            setting = oldSetting;
        }
        // Another spot of the same setting (a cut, the penguin pool after the gate) leaves
        // the old spot's subjects and things behind, as a new place does.
        boolean spot = !first && r.elsewhere() && setting.equals(oldSetting);
        boolean newPlace = !first && !places.containsKey(GUESSED)
                && (!setting.equals(oldSetting) || spot);
        if (setting.equals("forest") && r.setting() == null && pictured(r) == null && guessed) {
            places.put(GUESSED, "");
        } else {
            places.remove(GUESSED);
        }
        // Style belongs to the story, not the place: a knight's forest is still medieval.
        String style = r.style() != null ? r.style() : first ? null : before.style();
        // A modern city keeps its style: its temples and lanterns are part of it.
        if (r.styleImplied() && !first && "modern".equals(before.style())
                && "city".equals(setting)) {
            style = "modern";
        }
        // A float plane over a river valley, a bus up a mountain road: vehicles make a
        // settlement modern, not the nature they cross (style stays null there).
        if (r.styleImplied() && "modern".equals(r.style()) && !SETTLEMENTS.contains(setting)) {
            style = first ? null : before.style();
        }
        // "The train leaves" in a story of a steam train is that train, not a modern one.
        if (r.styleImplied() && !first && steamTrainNamedAsTrain(before.things(), r)) {
            style = before.style();
        }
        // Another spot leaves a pool or a brook behind, not the river, lake or sea the trip
        // goes along (round the next bend, off the ferry onto the island).
        String water = r.water() != null ? r.water()
                : first ? "none" : spot ? WIDE_WATER.contains(before.water()) && !cut(r)
                        ? before.water() : "none"
                : newPlace ? places.getOrDefault(setting,
                        INLAND.contains(setting) ? "none" : before.water()) : before.water();
        if (water.equals("none")) water = impliedWater(r.things());
        // 河边, 河面: a bare 河 is any river, the 小河 already flowing there too.
        if ("river".equals(r.water()) && !first && !newPlace && "stream".equals(before.water())
                && r.spent().stream().anyMatch(KeyCarryOver::bareRiver)) {
            water = "stream";
        }
        places.put(setting, water);
        String time = r.timeOfDay() != null ? r.timeOfDay() : first ? null : before.timeOfDay();
        // Stars or an aurora coming out by day mean night has come.
        if (r.timeOfDay() == null && (r.skyAdded().contains("stars")
                || r.skyAdded().contains("aurora")) && !"dusk".equals(time)) {
            time = "night";
        }
        // The sun shining in a story that has named no time is the middle of the day.
        if (time == null && r.sunlit()) time = "noon";
        String weather = r.weather() != null ? r.weather() : first ? null : before.weather();
        if (weather == null) weather = r.weakWeather();
        // Rain in a thunderstorm ("Heavy rain lashes down", "Rain starts to pour" while it
        // still flashes) is the storm's rain; the first flash makes a cloudy sky a storm.
        boolean flashing = r.skyAdded().contains("lightning") || !first
                && before.sky().contains("lightning") && !r.skyRemoved().contains("lightning");
        // A line that takes the lightning away (雷声渐渐远去,雨还没停) leaves plain rain.
        boolean stormy = flashing || !first && "storm".equals(before.weather())
                && !r.skyRemoved().contains("lightning");
        if ("rain".equals(weather) && stormy
                || "cloudy".equals(weather) && r.skyAdded().contains("lightning")) {
            weather = "storm";
        }
        List<String> sky = sky(first ? List.of() : before.sky(), r, time, weather, newPlace);
        // Going on to somewhere of the same place leaves its animals and locals behind too.
        boolean moved = newPlace || !first && r.goesOn();
        List<SubjectRef> subjects = subjects(first || moved ? List.of() : before.subjects(),
                r, moved ? before.subjects() : List.of(),
                moved && !cut(r) ? followed.goingAlong(before.subjects()) : List.of());
        List<ThingRef> things = things(first ? List.of()
                : newPlace ? ridden(before.things(), subjects,
                        WIDE_WATER.contains(water) && (spot || r.water() != null))
                : before.things(), r,
                "modern".equals(style), gone);
        // "The trees grow so thick": a forest's trees are the forest, not a thing in it.
        if (setting.equals("forest")) {
            things = things.stream().filter(t -> !t.id().equals("tree")).toList();
        }
        CameraSpec camera = r.camera();
        if (camera.named() && camera.target() == null) camera = camera.withTarget(target(r, subjects));
        String transition = r.transition() != null && !first ? r.transition()
                : r.transition() != null && r.transition().equals("fade-in") ? "fade-in" : "cut";
        return new PlanKeys(setting, style, water, time, weather, sky, subjects, things, camera,
                transition, shownAs(r, things), notShown(r, setting, water, weather,
                        subjects, things));
    }

    /**
     * The line's words not shown, with the parts of the scene it names that these keys do not
     * draw ("the water" of a desert); the parts they do draw (the sky, a lake's water) are
     * shown.
     */
    private static List<NotShownWord> notShown(LineReading r, String setting,
            String water, String weather, List<SubjectRef> subjects, List<ThingRef> things) {
        List<NotShownWord> out = new ArrayList<>(r.notShown());
        for (ShownIf s : r.shownIf()) {
            if (!s.shownBy(setting, water, weather, subjects, things)) out.add(s.notShown());
        }
        for (ThingRef t : r.things()) {
            if (lampOfLighthouse(t, things)) {
                out.add(new NotShownWord(t.said(), "the lighthouse's own light"));
            }
        }
        return out;
    }

    /**
     * Key of {@code places} marking that the story's setting is still the forest guessed for a
     * first line that named none (no setting id is empty).
     */
    private static final String GUESSED = "";

    /** The setting a line that names none makes a reader picture, or null. */
    private static String pictured(LineReading r) {
        // Elephants at a waterhole are on the savanna, whatever water or jeep is there too.
        for (SubjectRef s : r.subjects()) {
            String home = CreatureHomes.of(s.id());
            if (home != null) return home;
        }
        if ("sea".equals(r.water())) return "coast";
        if ("river".equals(r.water()) || "stream".equals(r.water())) return "valley";
        // A railway station is a town's, whatever train stands in it: not a city of towers.
        if (r.things().stream().anyMatch(t -> t.id().equals("station"))) return "town";
        for (ThingRef t : r.things()) {
            switch (t.id()) {
                case "car", "truck", "bus", "street-lamp", "tower", "train" -> {
                    return "city";
                }
                case "house", "fence", "well" -> {
                    return "village";
                }
                case "market-stall", "shopfront" -> {
                    return "town";
                }
                case "ship", "sailboat", "junk" -> {
                    return "coast";
                }
                case "castle", "city-wall", "gate", "palace", "pagoda" -> {
                    return "ancient-city";
                }
                default -> { }
            }
        }
        // "The Roman legion marches past the aqueduct": an age with no place named pictures
        // its cities, not the forest.
        if (r.style() != null) {
            switch (r.style()) {
                case "greco-roman" -> {
                    return "ancient-city";
                }
                case "modern" -> {
                    return "city";
                }
                default -> { }
            }
        }
        return null;
    }

    /**
     * The water a line's things imply where there is none: a waterfall falls into a river; a
     * ship, a sailing boat or a lighthouse is at sea, a small boat on a river; "none" when
     * nothing does.
     */
    private static String impliedWater(List<ThingRef> things) {
        if (things.stream().anyMatch(t -> t.id().equals("waterfall"))) return "river";
        // A lighthouse stands where ships need warning (INT. LIGHTHOUSE LAMP ROOM).
        if (things.stream().anyMatch(t -> t.id().equals("lighthouse"))) return "sea";
        String water = "none";
        for (ThingRef t : things) {
            if (SEAGOING.contains(t.id())) return "sea";
            if (t.id().equals("boat")) water = "river";
        }
        return water;
    }

    private static final Set<String> SEAGOING = Set.of("ship", "sailboat", "junk");

    /** Later seconds of a line: the same keys, the transition already done. */
    private static PlanKeys sameLine(PlanKeys before) {
        return before.continued();
    }

    private static List<String> sky(List<String> old, LineReading r, String time,
            String weather, boolean newPlace) {
        List<String> sky = new ArrayList<>(old);
        if (newPlace) sky.removeAll(List.of("rainbow", "lightning"));
        if (time != null && DAYLIGHT.contains(time)) sky.removeAll(List.of("moon", "stars", "aurora", "fireworks"));
        if ("clear".equals(weather) || "fog".equals(weather)) sky.remove("lightning");
        if ("dusk".equals(time) || "night".equals(time)) sky.remove("rainbow");
        sky.removeAll(r.skyRemoved());
        for (String s : r.skyAdded()) {
            if (!sky.contains(s)) sky.add(s);
        }
        return sky;
    }

    /**
     * Old subjects less those that left, then the line's: a named id is updated (its count
     * grows to cover all of it on screen) and becomes the most recent; an action said by
     * reference ("She charges") goes to the subject named last.
     */
    private static List<SubjectRef> subjects(List<SubjectRef> old, LineReading r,
            List<SubjectRef> travellers, List<SubjectRef> followed) {
        Map<String, SubjectRef> byId = new LinkedHashMap<>();
        for (SubjectRef s : old) {
            // An empty street or forum has no people left in it (an army may stand guard).
            boolean gone = r.emptied() && PEOPLE.contains(s.id())
                    // "Only the giraffes and zebras remain": the others are gone.
                    || r.only() && r.subjects().stream().noneMatch(n -> n.id().equals(s.id()));
            // Days later the animals have moved on; the story's people and mounts are followed.
            boolean movedOn = r.leap() && !PEOPLE.contains(s.id()) && !s.id().equals("soldier")
                    && !(MOUNTS.contains(s.id()) && "ride".equals(s.action()));
            if (!s.leaving() && !gone && !movedOn) byId.put(s.id(), s);
        }
        // The story's own people go along to a new place, with the horse they ride; the
        // locals, crowds, armies and animals of the old place stay behind.
        if (r.peopleNamed()) travellers = List.of(); // the line brings its own people
        // The people the story has stayed with, and their dog or donkey, are taken along.
        if (!r.peopleNamed()) for (SubjectRef s : followed) byId.put(s.id(), s);
        // "他们走进一片森林": "they" are everyone on screen, the boy, his horse and his fox.
        if (r.allAlong()) {
            for (SubjectRef s : travellers) if (!s.leaving()) byId.put(s.id(), s);
        }
        // A mount that was ridden goes with its riders, even while they rest or walk
        // ("the squire sits down to wait … next morning they cross the pass").
        boolean riding = travellers.stream().anyMatch(s -> TRAVELLERS.contains(s.id())
                && (r.refersBack() || narrator(s)));
        for (SubjectRef s : travellers) {
            if (s.leaving()) continue;
            // Only the story's own people go along: the "we" telling it, or whoever the line
            // refers back to; a shepherd of the last scene stays in it.
            // Many people are the place's own (an army of scooters, a crowd), not travellers.
            boolean ours = (r.refersBack() || narrator(s)) && !"many".equals(s.count());
            if (ours && TRAVELLERS.contains(s.id())
                    || riding && MOUNTS.contains(s.id()) && "ride".equals(s.action())) {
                byId.put(s.id(), s);
            }
        }
        // 骑着骆驼 with no rider named: the riders are the people already on screen.
        boolean onlyMounts = !r.subjects().isEmpty() && "ride".equals(r.pronounAction())
                && r.subjects().stream().allMatch(s -> MOUNTS.contains(s.id()));
        if (onlyMounts) {
            String rider = null;
            // (soldiers on screen are riders too: "the column rides over the bridge")
            for (String id : byId.keySet()) {
                if (TRAVELLERS.contains(id) || id.equals("soldier")) rider = id;
            }
            if (rider != null) byId.put(rider, byId.get(rider).withAction("ride"));
            // …and with no one on screen yet, someone rides them (the narrator who arrived).
            else byId.put("person", new SubjectRef("person", "", "one", "ride"));
        }
        // "The rest of the herd follows": the animals on screen are a group.
        if (r.herdBack()) herdOf(byId);
        // "Then another, and another: three of them now": the one named last is that many.
        if (r.countBack() != null && r.subjects().isEmpty() && !byId.isEmpty()) {
            String last = null;
            for (String id : byId.keySet()) last = id;
            SubjectRef s = byId.remove(last);
            byId.put(last, new SubjectRef(s.id(), s.said(), r.countBack(), s.action()));
        }
        if (r.subjects().isEmpty() && r.pronounAction() != null) {
            SubjectRef along = byId.isEmpty() && r.refersBack() ? lastStaying(travellers) : null;
            if (along != null) {
                // 它来到一个小村子: "it" at a new place is whoever the story followed there.
                byId.put(along.id(), along.withAction(r.pronounAction()));
            } else if (byId.isEmpty()) {
                byId.put("person", new SubjectRef("person", "", "one", r.pronounAction()));
            } else {
                // "She charges": the one on screen the pronoun agrees with.
                String last = Referent.of(r.pronoun(), byId);
                byId.put(last, byId.get(last).withAction(r.pronounAction()));
                // "They stop at the penguin pool": the story's people act together ("he looks
                // up" is one of them).
                if (TRAVELLERS.contains(last) && !Referent.one(r.pronoun())) {
                    for (String id : TRAVELLERS) {
                        if (byId.containsKey(id)) byId.put(id, byId.get(id).withAction(r.pronounAction()));
                    }
                }
            }
        }
        if (!r.subjects().isEmpty() && r.pronounAction() != null && r.pronoun() != null
                && r.subjects().stream().allMatch(KeyCarryOver::narrator)) {
            // "We hold our breath as it strikes": the pronoun is one already on screen, not
            // the "we" the line names.
            Map<String, SubjectRef> others = new LinkedHashMap<>(byId);
            r.subjects().forEach(s -> others.remove(s.id()));
            if (!others.isEmpty()) {
                String who = Referent.of(r.pronoun(), others);
                byId.put(who, byId.get(who).withAction(r.pronounAction()));
            }
        }
        // "Sweaty people … then the night market, a sea of people": a crowd named where people
        // named only in the plural already are grows out of them; they are in it.
        boolean crowdNamed = r.subjects().stream().anyMatch(s -> s.id().equals("crowd"));
        SubjectRef group = byId.get("person");
        if (crowdNamed && group != null && "group".equals(group.count())
                && PLURAL_PEOPLE.contains(group.said().strip().toLowerCase(java.util.Locale.ROOT))) {
            byId.remove("person");
        }
        for (SubjectRef s : r.subjects()) {
            SubjectRef had = byId.remove(s.id());
            String action = s.action() != null ? s.action() : had != null ? had.action() : null;
            // A crowd that arrives with nothing said of it mills about; so do people named
            // only in the plural ("sweaty people").
            if (action == null && had == null && (s.id().equals("crowd")
                    || s.id().equals("person") && "group".equals(s.count())
                    && PLURAL_PEOPLE.contains(s.said().strip().toLowerCase(java.util.Locale.ROOT)))) {
                action = "walk";
            }
            String count = s.count() == null ? had != null ? had.count() : "one"
                    : had != null && rank(had.count()) > rank(s.count()) ? had.count()
                    : s.count();
            // "The zebras" after "a few zebras" are those few: a bare plural refers back.
            if (had != null && "group".equals(s.count()) && rank(had.count()) < rank("group")
                    && s.said().strip().matches("[A-Za-z]+s")) {
                count = had.count();
            }
            byId.put(s.id(), new SubjectRef(s.id(), s.said(), count, action));
        }
        return List.copyOf(byId.values());
    }

    /**
     * Whether the line cuts to a new scene (a slug line, "CUT TO:") rather than following the
     * story's people there: a new scene shows only whom it names.
     */
    private static boolean cut(LineReading r) {
        // "Into the forest.": a heading goes there with whom the story follows.
        return r.elsewhere() && !r.refersBack() && !r.heading();
    }

    /** The subject of the old place named last that did not leave, or null. */
    private static SubjectRef lastStaying(List<SubjectRef> old) {
        SubjectRef last = null;
        for (SubjectRef s : old) if (!s.leaving()) last = s;
        return last;
    }

    /** The animal on screen named last becomes a group (people are counted by their words). */
    private static void herdOf(Map<String, SubjectRef> byId) {
        String last = null;
        for (String id : byId.keySet()) if (!PEOPLE.contains(id) && !id.equals("soldier")) last = id;
        if (last == null || rank(byId.get(last).count()) >= rank("group")) return;
        SubjectRef s = byId.remove(last);
        byId.put(last, new SubjectRef(s.id(), s.said(), "group", s.action()));
    }

    /** Whether {@code s} was named as the "we" who tell the story. */
    private static boolean narrator(SubjectRef s) {
        for (String w : s.said().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (NARRATORS.contains(w)) return true;
        }
        return false;
    }

    /**
     * "We climb into a long wooden boat … we reach a village where the river widens": the
     * vehicle the travellers still ride goes on with them; the rest of the old spot's things
     * stay. A boat goes on only along the water (round the bend, to a place on the river
     * the line names), not into a town reached on foot.
     *
     * @param byWater whether the new spot is on water the boat can have come by
     */
    private static List<ThingRef> ridden(List<ThingRef> old, List<SubjectRef> onScreen,
            boolean byWater) {
        boolean riding = onScreen.stream().anyMatch(s -> TRAVELLERS.contains(s.id())
                && "ride".equals(s.action()));
        if (!riding) return List.of();
        return old.stream().filter(t -> VEHICLES.contains(t.id())
                || byWater && BOATS.contains(t.id())).toList();
    }

    /** A train drawn as an old steam engine ("a steam train pulls in"), a kind of train. */
    private static final String STEAM_TRAIN = "steam-train";

    /** Whether the line names a train where the story already has its steam train. */
    private static boolean steamTrainNamedAsTrain(List<ThingRef> before, LineReading r) {
        return before.stream().anyMatch(t -> t.id().equals(STEAM_TRAIN))
                && r.things().stream().anyMatch(t -> t.id().equals("train"));
    }

    private static int rank(String count) {
        return List.of("one", "few", "group", "many").indexOf(count);
    }

    private static List<ThingRef> things(List<ThingRef> old, LineReading r, boolean modern,
            List<String> gone) {
        Map<String, ThingRef> byId = new LinkedHashMap<>();
        for (ThingRef t : old) byId.put(t.id(), t);
        for (String id : gone) {
            byId.remove(id);
            if (id.equals("train")) byId.remove(STEAM_TRAIN);   // the train that left
        }
        for (ThingRef t : r.things()) {
            if (t.id().equals("train") && byId.containsKey(STEAM_TRAIN)) {
                // Said again in this line's words: the line names it (LineThings).
                byId.put(STEAM_TRAIN, new ThingRef(STEAM_TRAIN, t.said()));
                continue;
            }
            if (modern) t = modernLook(t);
            byId.putIfAbsent(t.id(), t);
        }
        ThingRef lamp = byId.get("street-lamp");
        if (lamp != null && byId.containsKey("lighthouse") && bareLamp(lamp.said())) {
            // "climbs the lighthouse stairs to light the LAMP", "the lamp room": the lamp of
            // a lighthouse is its light, drawn with it, not a street lamp beside it.
            byId.remove("street-lamp");
        }
        return List.copyOf(byId.values());
    }

    /**
     * In a modern story a tower called just 塔 (东方明珠塔) is a tower, and lights no lantern
     * word named (灯火通明, 亮起了灯) are street lamps, whatever language the line is in.
     */
    private static ThingRef modernLook(ThingRef t) {
        if (t.id().equals("pagoda") && t.said().strip().equals("塔")) {
            return new ThingRef("tower", t.said());
        }
        if (t.id().equals("lantern") && Catalog.bundled().byPhrasing(t.said()).stream()
                .noneMatch(e -> e.id().equals("lantern"))) {
            return new ThingRef("street-lamp", t.said());
        }
        return t;
    }

    /** Whether {@code t}, read this line, is a lighthouse's lamp folded into its light. */
    private static boolean lampOfLighthouse(ThingRef t, List<ThingRef> shown) {
        return t.id().equals("street-lamp") && bareLamp(t.said())
                && shown.stream().anyMatch(s -> s.id().equals("lighthouse"))
                && shown.stream().noneMatch(s -> s.id().equals("street-lamp"));
    }

    /** The line's approximations, less a lighthouse's lamp that is shown as no street lamp. */
    private static List<Approximation> shownAs(LineReading r, List<ThingRef> shown) {
        return r.approximated().stream().filter(a -> r.things().stream().noneMatch(t ->
                lampOfLighthouse(t, shown) && t.said().equals(a.said()))).toList();
    }

    /** "lamp", "the LAMP", "lamps": a lamp said with nothing of the street about it. */
    private static boolean bareLamp(String said) {
        String t = said.strip().toLowerCase(java.util.Locale.ROOT);
        return t.equals("lamp") || t.equals("lamps") || t.equals("灯");
    }

    /** 河边, 河面, 河上, 河水: the river word any water course takes, not a great river's. */
    private static boolean bareRiver(String word) {
        return word.startsWith("河") && !word.startsWith("河流");
    }

    /**
     * What a named camera frames: the line's first subject, else its first thing (unless the
     * camera tracks someone the line refers back to), else whom the line refers back to
     * ("Slow motion: it rises again", "their shoes pound"): the subject on screen its pronoun
     * agrees with, or the one named last.
     */
    private static String target(LineReading r, List<SubjectRef> onScreen) {
        if (!r.subjects().isEmpty()) return r.subjects().get(0).id();
        boolean back = (r.refersBack() || r.pronounAction() != null) && !onScreen.isEmpty();
        // A tracking camera follows whoever moves, not what they pass ("Tracking shot: she
        // hurries past the shops", "The camera follows her down the street").
        boolean follows = "track".equals(r.camera().move())
                && (r.pronounAction() != null || r.pronoun() != null);
        if (!r.things().isEmpty() && !(follows && back)) return r.things().get(0).id();
        if (back) {
            // "Slow motion: … as she bites down": whom the pronoun agrees with.
            if (r.pronoun() != null) {
                Map<String, SubjectRef> byId = new LinkedHashMap<>();
                for (SubjectRef s : onScreen) byId.put(s.id(), s);
                return Referent.of(r.pronoun(), byId);
            }
            return onScreen.get(onScreen.size() - 1).id();
        }
        return null;
    }
}
