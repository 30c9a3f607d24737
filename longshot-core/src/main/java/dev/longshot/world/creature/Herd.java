package dev.longshot.world.creature;

import dev.longshot.world.Vec3;
import dev.longshot.world.Wander;
import java.util.List;

/**
 * One group of subjects of a type — a herd, flock, school, crowd or formation — and the
 * little state they share: the place they keep near, and for marching formations the point
 * and heading the ranks follow. Immutable.
 *
 * @param type        what its members are
 * @param members     in slot order
 * @param home        the place the group keeps near
 * @param anchor      where a formation's front centre is (the home for other groups)
 * @param headingDeg  the formation's heading (the flock's for others)
 * @param anchorSpeed the formation's marching speed, m/s
 * @param altitude    a flyers' cruising height above the floor, metres
 * @param seed        the group's own seed for its shared whims
 * @param action      what the plan has it do (graze, run …), {@code null}: its usual roaming
 */
public record Herd(Species type, List<Creature> members, Vec3 home, Vec3 anchor,
        double headingDeg, double anchorSpeed, double altitude, long seed, String action) {
    /** Soldiers per rank. */
    static final int FILE = 4;
    private static final double RANK_GAP = 1.5, FILE_GAP = 1.3;
    private static final double MAX_TURN = 12; // deg/s of a marching formation

    public Herd {
        members = List.copyOf(members);
    }

    Herd with(List<Creature> moved) {
        return new Herd(type, moved, home, anchor, headingDeg, anchorSpeed, altitude, seed, action);
    }

    /**
     * This group in the coat a line gave {@code as} (the same animals, recoloured: "now the
     * white cat"); itself when {@code as} has no coat of its own or the one it wears.
     */
    Herd coated(Species as) {
        String coat = as.recipe().text(CoatColour.KEY, "");
        if (coat.isEmpty() || coat.equals(type.recipe().text(CoatColour.KEY, ""))) return this;
        List<Creature> recoloured = members.stream().map(c -> c.as(as)).toList();
        return new Herd(as, recoloured, home, anchor, headingDeg, anchorSpeed, altitude, seed,
                action);
    }

    /** This group doing {@code what} from now on. */
    Herd doing(String what) {
        if (java.util.Objects.equals(what, action)) return this;
        return new Herd(type, members, home, anchor, headingDeg, anchorSpeed, altitude, seed,
                what);
    }

    /** How far from home the group roams before it turns back, metres. */
    double leash() {
        SubjectTraits t = type.traits();
        return t.spacing() * StrictMath.sqrt(members.size()) * 2 + 8;
    }

    /**
     * Where a formation wants slot {@code slot}: ranks of {@link #FILE} (or the recipe's
     * {@code file}: an army's ranks are wider) behind the anchor, as far apart as its bodies
     * need (riders keep a horse's length).
     */
    Vec3 slotPosition(int slot) {
        Vec3 f = Wander.heading(headingDeg);
        int file = StrictMath.max(1, (int) type.recipe().number("file", FILE));
        double body = 2 * type.traits().radius() + 0.5;
        double side = (slot % file - (file - 1) / 2.0) * StrictMath.max(FILE_GAP, body);
        double back = (slot / file) * StrictMath.max(RANK_GAP, body * (type.mounted() ? 2.5 : 1));
        return new Vec3(anchor.x() - f.z() * side - f.x() * back, anchor.y(),
                anchor.z() + f.x() * side - f.z() * back);
    }

    /**
     * The formation {@code dt} later: it marches or halts on a slow whim, turns back towards
     * home beyond the leash and away from ground it may not walk, never faster than
     * {@link #MAX_TURN}. Other groups have no shared motion.
     */
    Herd advance(Surroundings s, double seconds, double dt) {
        if (!type.marches()) return this;
        boolean march = Wander.at(s.whim(seed), 7, seconds, 14) > -0.45;
        double k = 1 - StrictMath.exp(-dt / 1.2);
        double pace = march ? type.traits().walk() : 0;
        double speed = anchorSpeed + (pace - anchorSpeed) * k;
        double turn = 0;
        Vec3 toHome = home.minus(anchor);
        double far = StrictMath.hypot(toHome.x(), toHome.z());
        if (far > leash()) {
            turn = Wander.turn(headingDeg, Wander.headingOf(toHome.x(), toHome.z())) * 0.5;
        }
        Vec3 ahead = anchor.plus(Wander.heading(headingDeg).times(6));
        if (!Habitat.LAND.allows(s.terrain(), ahead.x(), ahead.z(), 0)) turn = MAX_TURN;
        turn = StrictMath.max(-MAX_TURN, StrictMath.min(MAX_TURN, turn)) * StrictMath.min(1,
                speed);
        double heading = headingDeg + turn * dt;
        Vec3 moved = anchor.plus(Wander.heading(heading).times(speed * dt));
        moved = new Vec3(moved.x(), s.terrain().heightAt(moved.x(), moved.z()), moved.z());
        return new Herd(type, members, home, moved, heading, speed, altitude, seed, action);
    }

    /** Mean position of the members. */
    public Vec3 centroid() {
        Vec3 sum = Vec3.ZERO;
        for (Creature c : members) sum = sum.plus(c.position());
        return members.isEmpty() ? home : sum.times(1.0 / members.size());
    }

    /** Mean velocity of the members. */
    public Vec3 meanVelocity() {
        Vec3 sum = Vec3.ZERO;
        for (Creature c : members) sum = sum.plus(c.velocity());
        return members.isEmpty() ? Vec3.ZERO : sum.times(1.0 / members.size());
    }
}
