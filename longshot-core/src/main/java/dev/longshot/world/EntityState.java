package dev.longshot.world;

/**
 * What the validators see of one moving subject at one frame. The world's entity model maps
 * onto this; validators need nothing else.
 *
 * @param id          stable across frames, e.g. {@code deer#2}
 * @param position    base point (feet of a ground-bound subject, centre of a flying one)
 * @param velocity    m/s, as the simulation integrated it
 * @param radius      collision radius, metres
 * @param groundBound true when the subject walks on the terrain (deer, horse, person …)
 */
public record EntityState(String id, Vec3 position, Vec3 velocity, double radius,
        boolean groundBound) {
    public EntityState {
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("entity id missing");
        if (!(radius >= 0)) throw new IllegalArgumentException("radius " + radius);
    }
}
