package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import java.util.List;
import java.util.Set;

/**
 * Who rides what on a line, once its words are read: a rider who gallops is on a horse, a
 * named mount is ridden, people carried by a mount ride it, a cyclist rides a bicycle, and
 * creatures that cannot ride swim or fly instead.
 */
final class Riding {
    private Riding() {}

    /** Creatures that ride. */
    static final Set<String> RIDERS = Set.of("person", "soldier", "child", "farmer",
            "merchant", "porter", "crowd", "fisherman", "monk");

    /** What is ridden. */
    static final Set<String> MOUNTS = Set.of("horse", "camel", "donkey", "elephant",
            "cow");

    /** Things one rides in. */
    static final Set<String> VEHICLES = Set.of("boat", "sailboat", "junk", "ship",
            "car", "truck", "bus", "train", "steam-train", "bicycle", "motorcycle", "cart",
            "plane", "helicopter");

    /** Riding what is not a mount: 驾着云, 踏着浪, "riding the waves", "rides the wind". */
    static final java.util.regex.Pattern RIDDEN_ELEMENT = java.util.regex.Pattern
            .compile("(驾|骑|踏|乘)着?(祥云|云|浪|风)|\\brid(e|es|ing) (the |a )?"
                    + "(bow )?(waves?|clouds?|wind|surf)\\b");

    /** Riding words that name a bicycle without naming it: "we cycle", 骑行. */
    static final java.util.regex.Pattern CYCLING = java.util.regex.Pattern.compile(
            "\\bcycl(e|es|ed|ing)\\b|\\bpedal|\\bbiking\\b|骑行");

    /** Rowing and paddling: "the crew rows", 划船, 撑船. */
    static final java.util.regex.Pattern ROWING = java.util.regex.Pattern.compile(
            "\\b(row|rows|rowed|rowing|paddle|paddles|paddled|paddling|punt|punts)\\b|划船|划着|撑船|撑着船");

    /**
     * Driving words: "we drive", 开车, 自驾; not the weather ("driving rain") nor a herd driven.
     */
    static final java.util.regex.Pattern DRIVING = java.util.regex.Pattern.compile(
            "\\b(drive|drives|driving|drove)\\b(?! (rain|snow|sleet|hail|wind))|开车|驾车|自驾");

    /**
     * Horsemen, riders on horseback, 骑马的人: people riding horses, as the contract lists
     * them (its creatures have no rider), one horse under each. Rider words said of someone
     * the line names ("two hunters on horseback", "a knight on horseback") make that one the
     * rider; with nobody named, a person. A rider coming or going keeps that; anything else
     * a rider does is done riding ("two hunters on horseback watch"). A mounted knight is
     * a catalog creature of its own that gallops and charges as it is told; the plan shows
     * the horse under it too.
     */
    static void horsemen(ReadingDraft d) {
        SubjectRef knight = d.subjects.get("knight");
        if (knight != null) horseUnder(d, knight.count(), ridden(knight));
        SubjectRef r = d.subjects.remove("rider");
        if (r != null) seat(d, r, d.namedAt.remove("rider"));
    }

    /** The rider words {@code r} (named at word {@code at}) said of whom they are said of. */
    private static void seat(ReadingDraft d, SubjectRef r, Integer at) {
        String action = ridden(r);
        String id = riderNamed(d);
        SubjectRef p = d.subjects.get(id);
        if (p == null) {
            if (at != null) d.namedAt.putIfAbsent(id, at);
            d.subjects.put(id, new SubjectRef(id, r.said(), r.count(), action));
        } else {
            // "Two hunters on horseback": the hunters are the riders; theirs is the count.
            d.subjects.put(id, new SubjectRef(id, p.said() + " " + r.said(),
                    p.count() != null ? p.count() : r.count(), action));
        }
        horseUnder(d, d.subjects.get(id).count(), action);
    }

    /** What a rider does on horseback: comes or goes if it does, else rides. */
    private static String ridden(SubjectRef rider) {
        return "leave".equals(rider.action()) || "arrive".equals(rider.action())
                ? rider.action() : "ride";
    }

    /** A horse under the riders, as many as they are, unless the line names one. */
    private static void horseUnder(ReadingDraft d, String count, String action) {
        if (!d.subjects.containsKey("horse")) {
            d.subjects.put("horse", new SubjectRef("horse", "", count, action));
        }
    }

    /**
     * Who the rider words are said of: a soldier, child, farmer … the line names itself
     * ("a knight on horseback"), else a person.
     */
    private static String riderNamed(ReadingDraft d) {
        for (String id : d.namedAt.keySet()) {
            if (RIDERS.contains(id) && !id.equals("crowd") && d.subjects.containsKey(id)) {
                return id;
            }
        }
        return "person";
    }

    /**
     * A rider who gallops rides a horse ("the knights gallop out"); so does someone said to
     * gallop by reference ("He gallops off").
     */
    static void gallop(ReadingDraft d) {
        boolean rider = false;
        for (SubjectRef s : List.copyOf(d.subjects.values())) {
            if (RIDERS.contains(s.id()) && !"leave".equals(s.action())) {
                d.act(s.id(), "ride");
                rider = true;
            }
        }
        if (!rider && d.subjects.isEmpty() && "run".equals(d.pronounAction)) {
            d.pronounAction = "ride";
        }
    }

    /**
     * Creatures that cannot ride: "dolphins riding the bow wave" swim; birds on the wind fly;
     * sea creatures that glide or soar swim.
     */
    static void unridden(Catalog catalog, ReadingDraft d) {
        for (SubjectRef s : List.copyOf(d.subjects.values())) {
            String family = catalog.byId(s.id()).map(e -> e.recipe().family()).orElse("");
            if ("fly".equals(s.action()) && family.equals("marine")) {
                d.act(s.id(), "swim"); // "the orcas glide past": gliding in water is swimming
                continue;
            }
            if (!"ride".equals(s.action()) || RIDERS.contains(s.id()) || MOUNTS.contains(s.id())) {
                continue;
            }
            if (family.equals("marine")) d.act(s.id(), "swim");
            else if (family.equals("bird")) d.act(s.id(), "fly");
        }
    }

    /**
     * Someone who rides rides something: a named mount rides too ("骑着骆驼"), and a rider
     * with no mount or vehicle named is on a horse ("the squire rides out").
     */
    static void mounts(ReadingDraft d) {
        boolean carried = d.subjects.values().stream().anyMatch(s -> MOUNTS.contains(s.id())
                && "carry".equals(s.action()));
        if (carried) {
            // "Donkeys carry tourists up the steps", 骆驼驮着游客: the people ride.
            for (SubjectRef s : List.copyOf(d.subjects.values())) {
                if (RIDERS.contains(s.id()) && !"leave".equals(s.action())) d.act(s.id(), "ride");
            }
        }
        boolean riding = d.subjects.values().stream().anyMatch(s -> "ride".equals(s.action())
                && RIDERS.contains(s.id())) || "ride".equals(d.pronounAction);
        if (!riding) return;
        boolean mounted = false;
        for (SubjectRef s : List.copyOf(d.subjects.values())) {
            if (MOUNTS.contains(s.id())) {
                mounted = true;
                // 骑着一匹白马走在最前面: the ridden horse's walk is its rider's ride.
                if (s.action() == null || "ride".equals(s.action()) || "walk".equals(s.action())) {
                    d.act(s.id(), "ride");
                }
            }
        }
        String lower = d.line.toLowerCase(java.util.Locale.ROOT);
        // 驾着云, "riding the bow wave": what is ridden is named, and it is no horse.
        boolean vehicle = d.things.keySet().stream().anyMatch(VEHICLES::contains)
                || RIDDEN_ELEMENT.matcher(lower).find();
        // 一个小女孩骑在爸爸肩上: another creature on the line is what is ridden.
        boolean others = d.subjects.values().stream().anyMatch(s -> !"ride".equals(s.action()));
        // "we cycle through the paddies", 骑行: ridden on bicycles, not horses.
        if (!mounted && !vehicle) vehicle = ridesIn(d, lower, CYCLING, "bicycle");
        // "Warriors row in rhythm", 划着船; "We drive back to camp", 开车: in a boat or a car.
        if (!mounted && !vehicle && !others) {
            vehicle = ridesIn(d, lower, ROWING, "boat") || ridesIn(d, lower, DRIVING, "car");
        }
        if (!mounted && !vehicle && !others) {
            // As many horses as riders: "the knights gallop out" are a troop on horseback.
            String count = d.subjects.values().stream().filter(s -> RIDERS.contains(s.id())
                    && "ride".equals(s.action())).map(SubjectRef::count)
                    .filter(java.util.Objects::nonNull).findFirst().orElse("one");
            d.subjects.put("horse", new SubjectRef("horse", "", count, "ride"));
        }
    }

    /**
     * Whether the line's riding words ({@code how}) name what is ridden without naming it;
     * if so, that vehicle is on the line, implied.
     */
    private static boolean ridesIn(ReadingDraft d, String lowerLine, java.util.regex.Pattern how,
            String vehicle) {
        if (!how.matcher(lowerLine).find()) return false;
        d.thing(vehicle, "");
        d.said.remove("");
        return true;
    }
}
