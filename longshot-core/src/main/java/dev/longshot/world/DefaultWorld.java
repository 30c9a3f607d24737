package dev.longshot.world;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Transition;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.camera.CameraOperator;
import dev.longshot.world.camera.CameraRig;
import dev.longshot.world.camera.CameraSubjects;
import dev.longshot.world.camera.CameraTarget;
import dev.longshot.world.camera.Glide;
import dev.longshot.world.camera.Shot;
import dev.longshot.world.camera.ThingSights;
import dev.longshot.world.camera.ThingTargets;
import dev.longshot.world.creature.Cast;
import dev.longshot.world.creature.Creatures;
import dev.longshot.world.creature.LineNames;
import dev.longshot.world.creature.ObstacleField;
import dev.longshot.world.creature.Surroundings;
import dev.longshot.world.scenery.LineThings;
import dev.longshot.world.scenery.WaterTown;
import dev.longshot.world.scenery.PlaceIds;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.SceneryRequest;
import dev.longshot.world.scenery.Things;
import dev.longshot.world.scenery.Traffic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The default world: one terrain per scene, a day clock, blended weather, a camera rig and
 * the creatures of the plan ({@link Creatures}) walking among the scene's solids.
 * A new scene (a change of setting or water) is a cut — new terrain, camera back at the spawn
 * point — unless the plan asks otherwise: a dissolve is the same cut with the old scene
 * carried on for {@link #DISSOLVE_SECONDS} to fade from; a morph keeps the camera and turns
 * the ground under it into the new place over {@link #MORPH_SECONDS}, in
 * {@link #MORPH_STEPS} steps (each a new terrain, so each is built once).
 *
 * <p>Each line's camera is a {@link Shot}: a line that frames a subject (a shot size, an
 * angle, or just a named subject) starts with a cut to its framing when the camera is far
 * from it, then follows it smoothly for the rest of the line. The line's {@code speed} sets
 * the world's clock: in slow motion the world (creatures, weather, the rig) advances less
 * per frame, the video's clock does not change.
 */
public final class DefaultWorld implements WorldSimulator {
    /** Time constant of a change of weather and sky: "the rain stops" fades within its line. */
    private static final double WEATHER_EASE_SECONDS = 1.0;
    /**
     * Time constant of rain, snow and lightning starting or stopping: 0.15 s,
     * so that by the end of the line that says so they are all but gone (e^-6 of them left).
     */
    static final double FALLING_EASE_SECONDS = 0.15;
    /**
     * The world's simulation rate, steps per video second. Every frame rate that divides it
     * (24, 25, 30, 50, 60, 90, 120 …) samples the same timeline: their frames at one instant
     * are the same world.
     */
    static final int STEPS_PER_SECOND = 1800;
    static final double DISSOLVE_SECONDS = 1.0;
    static final double MORPH_SECONDS = 5.0;
    /** A morph the viewer glides through takes longer: the glide climbs with the ground. */
    static final double GLIDE_MORPH_SECONDS = 8.0;
    static final int MORPH_STEPS = 24;
    /** Obstacles shown to the validators lie within this many metres of the camera. */
    static final double OBSTACLE_RADIUS = 150;

    private final long seed;
    private State state;
    /** The subjects the line under way names (kept in the state too, for snapshots). */
    private LineNames names = LineNames.NONE;
    /** The things the line under way names (kept in the state too). */
    private LineThings thingNames = LineThings.NONE;
    /** The props {@link #namedProps} found, and for which terrain and names (a cache). */
    private List<Prop> props = List.of();
    private Terrain propsTerrain;
    private LineThings propsNames;
    /** The vehicles of {@link #trafficTerrain} (a cache: finding them looks through its props). */
    private Traffic traffic = Traffic.NONE;
    private Terrain trafficTerrain;
    /**
     * The last {@link #sights} and what it was for (a cache: a frame asks for the same ones
     * up to six times — the turn, the cut, the face, the moon, the frame's own target — and
     * things that do not move are the same at every simulation step of a line).
     */
    private ThingSights sights = ThingSights.NONE;
    private ScenePlan sightsPlan;
    private Terrain sightsTerrain;
    private LineThings sightsNames;
    private double sightsWorld = Double.NaN;
    private boolean sightsMove;

    /**
     * @param salt      re-sampling salt of the stochastic choices (0: the original draw)
     * @param plan      the plan of the last frame: its line is the one under way
     * @param lineStart video seconds at which that line began
     * @param worldSeconds the world's clock
     * @param gliding   the line under way glides into a new place ({@link Glide})
     */
    private record State(
            int scene, Terrain terrain, CameraRig rig, double hour, Sky.WeatherState weather,
            long salt, Change change, ObstacleField solids, Creatures creatures,
            ScenePlan plan, double lineStart, double worldSeconds, boolean gliding,
            LineNames names, LineThings things, MoonRise.Place moon, SceneryRequest place,
            SceneryRequest heard) implements Snapshot {
        State with(CameraRig r) {
            return new State(scene, terrain, r, hour, weather, salt, change, solids, creatures,
                    plan, lineStart, worldSeconds, gliding, names, things, moon, place, heard);
        }

        State with(long newSalt) {
            return new State(scene, terrain, rig, hour, weather, newSalt, change, solids,
                    creatures, plan, lineStart, worldSeconds, gliding, names, things, moon, place, heard);
        }

        State at(ScenePlan p, double start, LineNames n, LineThings t) {
            return new State(scene, terrain, rig, hour, weather, salt, change, solids,
                    creatures, p, start, worldSeconds, gliding, n, t, moon, place, heard);
        }

        /**
         * This place, standing for scene {@code s} and for the plan's request {@code p} from
         * now on (the place itself stays what it is).
         */
        State adopting(int s, SceneryRequest p) {
            return new State(s, terrain, rig, hour, weather, salt, change, solids, creatures,
                    plan, lineStart, worldSeconds, gliding, names, things, moon, place, p);
        }

        State with(MoonRise.Place m) {
            return new State(scene, terrain, rig, hour, weather, salt, change, solids,
                    creatures, plan, lineStart, worldSeconds, gliding, names, things, m, place,
                    heard);
        }
    }

    /**
     * A dissolve or morph under way: from the old ground to the new one; for a dissolve the
     * old scene's rig, still moving.
     */
    private record Change(Transition kind, double progress, Terrain from, Terrain to,
            CameraRig oldRig) {}

    public DefaultWorld(long seed) {
        this.seed = seed;
    }

    @Override
    public FrameSpec step(ScenePlan plan, Timecode time) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(time, "time");
        // The world first runs on to this frame's instant under the lines it passes through;
        // what this frame's line changes (a cut, a new shot) happens at the instant itself.
        if (state != null) state = advanced(state, plan, time);
        ScenePlan previous = state == null ? null : state.plan; // the second before this
        SceneryRequest asked = SceneryRequest.of(plan);
        boolean lineStarts = state == null || !plan.lineId().equals(state.plan.lineId());
        // "The field turns to mud", "rain sweeps the field" speak of the ground already
        // there: the place the line's words name (a field) is taken as this one, its ground
        // or weather changes, the shot goes on.
        if (lineStarts && state != null && keepsPlace(state.plan, plan)
                && state.place.things().containsAll(asked.things())
                && Objects.equals(state.place.water(), asked.water())) {
            state = state.adopting(plan.scene(), asked);
        }
        SceneryRequest heard = state == null ? null : state.heard;
        asked = heardAs(heard, state == null ? null : state.place, asked);
        if (heard != null && !heard.setting().equals(plan.keys().setting())) {
            heard = null;
        }
        // A new place is a new scene even where the old vocabulary sees the same one (a
        // forest and a jungle, no water and a pond).
        boolean cut = state == null || state.scene != plan.scene()
                || !samePlace(state.place, asked);
        double lineStart = lineStarts ? time.seconds() : state.lineStart;
        if (lineStarts) {
            names = LineNames.next(state == null ? LineNames.NONE : state.names, plan);
            thingNames = LineThings.of(plan);
        }
        Shot shot = shotOf(plan, time.seconds(), lineStart, state == null ? null : state.terrain);
        if (cut) {
            Terrain terrain = new Terrain(placeSeed(asked), asked.base(),
                    PlaceIds.water(asked.water()), asked);
            Transition kind = state == null ? Transition.CUT : plan.transition();
            if (kind == Transition.MORPH) {
                Change c = new Change(kind, 0, state.terrain, terrain, null);
                State s = state;
                state = new State(plan.scene(), Terrain.morph(s.terrain, terrain, 0), s.rig,
                        s.hour, s.weather, s.salt, c, s.solids, s.creatures, plan, lineStart,
                        s.worldSeconds, glides(plan), names, thingNames, s.moon, asked, heard);
                return spec(plan, time, shot, false);
            }
            // A hard cut may change the light at once, as an editor's cut does: the new scene
            // opens at its own time of day and weather (a dissolve travels there).
            boolean fresh = state == null || kind == Transition.CUT;
            double hour = fresh && (state == null
                    || DayClock.bucketOf(state.hour) != plan.timeOfDay())
                    ? DayClock.hourOf(plan.timeOfDay()) : state.hour;
            Sky.WeatherState weather = fresh ? Sky.WeatherState.of(plan) : state.weather;
            long salt = state == null ? 0 : state.salt;
            double world = state == null ? time.seconds() : state.worldSeconds;
            Change c = kind == Transition.DISSOLVE
                    ? new Change(kind, 0, state.terrain, terrain, state.rig) : null;
            ObstacleField solids = ObstacleField.of(terrain);
            CameraRig rig = CameraRig.spawn(terrain);
            Creatures before = state == null ? Creatures.NONE : state.creatures;
            Surroundings around = new Surroundings(terrain, solids, rig.camera(), seed,
                    plan.scene(), salt);
            state = new State(plan.scene(), terrain, rig, hour, weather, salt, c, solids,
                    before.relocate(cast(plan), around), plan, lineStart, world, false, names,
                    thingNames, state == null ? null : state.moon, asked, heard);
        } else {
            boolean povStarts = plan.camera() == CameraMove.POV
                    && state.plan.camera() != CameraMove.POV;
            // A second's plan may change the cast (a line, or a hold whose plan moved on).
            state = time.frameInSecond() == 0 ? recast(state, plan, lineStart)
                    : state.at(plan, lineStart, names, thingNames);
            if (povStarts) cut = cutToPov(plan);
        }
        // The line's things stand in the place now built: the shot knows what it may frame.
        shot = shotOf(plan, time.seconds(), lineStart, state.terrain);
        boolean turn = !lineStarts && CameraSubjects.turnChanges(shot, 1.0 / time.fps(),
                cast(plan), state.creatures, sights(plan, state.terrain, state.worldSeconds),
                state.rig.camera());
        if ((lineStarts || turn) && plan.camera() != CameraMove.POV) {
            cut |= cutToShot(plan, shot, lineStarts && (bringsWater(previous, plan)
                    || keepsTheCanal(plan)));
        }
        if (lineStarts && !shot.framesSubject() && !state.gliding && state.change == null
                && plan.camera() != CameraMove.POV) {
            cut |= turnToAnOpenView(shot);
            if (plan.camera() == CameraMove.AERIAL) cut |= liftToAerial(shot);
        }
        if (lineStarts && MoonRise.rises(previous, plan)) {
            // Hung where the line's shot ends up looking: a tilt up to the rising moon.
            state = state.with(MoonRise.placeFor(settled(plan, shot), lineStart));
        } else if (lineStarts && state.moon != null && MoonRise.named(plan)) {
            // A line that names the moon the shot does not see: a cut to one that does (not
            // when no moon can be in the shot: it looks down at the ground).
            // A free camera looking down lifts its eyes to the sky the moon hangs in.
            CameraRig rig = state.rig;
            Camera eye = settled(plan, shot);
            if (!MoonRise.inView(eye, MoonRise.toMoon(state.moon, time.seconds()))) {
                if (!shot.framesSubject()) {
                    rig = rig.pitchedUpTo(MoonRise.pitchToSee(eye));
                    eye = rig.camera();
                }
                MoonRise.Place there = shot.framesSubject()
                        ? MoonRise.shownLowTo(eye, time.seconds())
                        : MoonRise.shownTo(eye, time.seconds());
                if (MoonRise.inView(eye, MoonRise.toMoon(there, time.seconds()))) {
                    state = state.with(rig).with(there);
                    cut = true;
                }
            }
        }
        return spec(plan, time, shot, cut);
    }

    /**
     * The camera a moon is hung for: where a tilt ends up looking ({@link CameraRig#settled});
     * for other shots the camera as the line starts.
     */
    private Camera settled(ScenePlan plan, Shot shot) {
        if (shot.move() != CameraMove.TILT) return state.rig.camera();
        CameraTarget target = CameraSubjects.of(shot, cast(plan), state.creatures,
                sights(plan, state.terrain, state.worldSeconds), state.rig.camera());
        return state.rig.settled(shot, state.terrain, target);
    }

    /** A new second in the same place: its cast takes the stage at once. */
    private State recast(State s, ScenePlan plan, double lineStart) {
        Surroundings around = new Surroundings(s.terrain, s.solids, s.rig.camera(), seed,
                s.scene, s.salt);
        return new State(s.scene, s.terrain, s.rig, s.hour, s.weather, s.salt, s.change,
                s.solids, s.creatures.recast(cast(plan), around), plan, lineStart,
                s.worldSeconds, plan.lineId().equals(s.plan.lineId()) ? s.gliding : glides(plan),
                names, thingNames, s.moon, s.place, s.heard);
    }

    /**
     * The shot of {@code plan}'s line at video second {@code seconds}: it frames a subject
     * when the line names a creature, or a thing that stands in {@code terrain}.
     */
    private Shot shotOf(ScenePlan plan, double seconds, double lineStart, Terrain terrain) {
        boolean things = terrain != null && !namedProps(terrain).isEmpty();
        return Shot.of(plan.keys().camera(), seconds - lineStart,
                !cast(plan).named().isEmpty() || things);
    }

    /**
     * The props of the things the line names in {@code terrain}, kept for the terrain and
     * line they were found for (finding them looks through every prop of the place).
     */
    private List<Prop> namedProps(Terrain terrain) {
        if (terrain != propsTerrain || thingNames != propsNames) {
            propsTerrain = terrain;
            propsNames = thingNames;
            props = ThingTargets.chosen(thingNames.named(), terrain);
        }
        return props;
    }

    /** The vehicles of {@code terrain} at world second {@code world}. */
    private Traffic.Moment traffic(Terrain terrain, double world) {
        if (terrain != trafficTerrain) {
            trafficTerrain = terrain;
            traffic = Traffic.of(terrain);
        }
        return traffic.at(world);
    }

    /**
     * The things the line names as targets in {@code terrain} at world second {@code world};
     * the same ones as last time when asked again for the same plan, place and names at the
     * same instant, or at any instant when none of them moves.
     */
    private ThingSights sights(ScenePlan plan, Terrain terrain, double world) {
        if (plan != sightsPlan || terrain != sightsTerrain || thingNames != sightsNames
                || sightsMove && Double.compare(world, sightsWorld) != 0) {
            sights = sightsOf(plan, terrain, world);
            sightsMove = ThingTargets.moving(namedProps(terrain));
            sightsPlan = plan;
            sightsTerrain = terrain;
            sightsNames = thingNames;
            sightsWorld = world;
        }
        return sights;
    }

    private ThingSights sightsOf(ScenePlan plan, Terrain terrain, double world) {
        List<Prop> named = namedProps(terrain);
        if (named.isEmpty()
                || ThingSights.yieldTo(plan.keys().camera(), plan.keys().subjects())) {
            return ThingSights.NONE;
        }
        String target = plan.keys().camera().target();
        boolean lead = named.get(0).thing().equals(target);
        return new ThingSights(ThingTargets.of(named, terrain, world), lead);
    }

    /** Who {@code plan} puts in the scene, with the subjects its line names. */
    private Cast cast(ScenePlan plan) {
        return Cast.of(plan).naming(names);
    }

    /**
     * A line that frames a subject starts on its framing when the camera is far from it, as
     * an editor cuts to a new shot; within the line the rig follows smoothly. The frame is a
     * cut when the camera jumped. When {@code showWater}, it cuts to the side of its subject
     * from which the water is in the frame.
     */
    private boolean cutToShot(ScenePlan plan, Shot shot, boolean showWater) {
        if (!shot.framesSubject()) return false;
        CameraTarget target = CameraSubjects.of(shot, cast(plan), state.creatures,
                sights(plan, state.terrain, state.worldSeconds), state.rig.camera());
        if (!target.present()) return false;
        // A view blocked by a tree, a building, the ground or another creature's body (an
        // elephant in front of the zebras it is of) is no shot of its subject.
        // …or by a bus driving past: the cut looks from where none stands in the way.
        Traffic.Moment cars = traffic(state.terrain, state.worldSeconds);
        List<Obstacle> bodies = new ArrayList<>(state.creatures.bodies());
        bodies.addAll(cars.bodies(target.centre()));
        ObstacleField solids = state.solids.with(bodies);
        boolean blocked = !state.rig.sees(target, state.terrain, solids);
        if (!blocked && !showWater && !state.rig.offShot(shot, state.terrain, target)) {
            return false;
        }
        // A close shot of a creature looks for its view from in front of its lit face.
        CameraRig from = sights(plan, state.terrain, state.worldSeconds).isEmpty()
                ? state.rig.facingTheFace(shot, target, SunPath.toSun(state.hour)) : state.rig;
        CameraRig at = (showWater
                ? from.cutToShowTheWater(shot, state.terrain, target, solids)
                : from.cutTo(shot, state.terrain, target, solids)).outOf(cars, target);
        if (at == state.rig) return false;
        state = state.with(at);
        return true;
    }

    /**
     * A free line does not start facing a hillside or a rock a few metres away (where the
     * shot before left the camera): it cuts to the nearest open bearing from the same spot.
     */
    private boolean turnToAnOpenView(Shot shot) {
        CameraRig at = state.rig.turnedToAnOpenView(shot, state.terrain, state.solids);
        if (at == state.rig) return false;
        state = state.with(at);
        return true;
    }

    /**
     * Whether {@code plan}'s line brings water the second before had not (a stream the deer
     * leaps over): its shot then shows it.
     */
    private static boolean bringsWater(ScenePlan previous, ScenePlan plan) {
        return previous != null && plan.keys().water() != null
                && !plan.keys().water().equals("none")
                && !plan.keys().water().equals(previous.keys().water());
    }

    /**
     * Whether {@code plan}'s shot in a water town keeps the canal in the frame, from a side of
     * what it frames that sees the water: its people on the lanes, its lanterns at dusk, its
     * boats. A shot of its houses keeps its own side (from across the canal the rows hid
     * each other and the eye rose over the roofs).
     */
    private boolean keepsTheCanal(ScenePlan plan) {
        if (!WaterTown.is(state.terrain.request(), state.terrain.water())) return false;
        List<Prop> named = namedProps(state.terrain);
        return !cast(plan).named().isEmpty() || named.isEmpty()
                || !named.get(0).kind().building();
    }

    /** An aerial line starts at its height over the ground, not where the shot before was. */
    private boolean liftToAerial(Shot shot) {
        CameraRig at = state.rig.liftedToItsHeight(shot, state.terrain);
        if (at == state.rig) return false;
        state = state.with(at);
        return true;
    }

    /**
     * A point-of-view line starts on its subject's eye, as an editor cuts to a POV shot: the
     * frame is a cut (the camera may jump) when there is a subject to ride with.
     */
    private boolean cutToPov(ScenePlan plan) {
        CameraTarget target = CameraSubjects.of(CameraMove.POV, plan, state.creatures,
                state.rig.camera());
        CameraRig at = state.rig.cutTo(CameraMove.POV, state.terrain, target);
        if (at == state.rig) return false;
        state = state.with(at);
        return true;
    }

    /**
     * Simulation steps per frame at {@code fps}: the world runs at {@link #STEPS_PER_SECOND}
     * whatever the frame rate, so every rate that divides it samples one timeline; any other
     * rate gets the nearest finer step that fits its frames.
     */
    static int stepsPerFrame(int fps) {
        return (STEPS_PER_SECOND + fps - 1) / fps;
    }

    /**
     * The state at {@code time}, run on from the previous frame's in fixed simulation steps.
     * A step lies in one second (seconds start on frames); it runs under the line of that
     * second: the previous frame's, unless this frame is past a second's start.
     */
    private State advanced(State s, ScenePlan plan, Timecode time) {
        int n = stepsPerFrame(time.fps());
        long rate = (long) n * time.fps();
        long secondStart = (long) time.second() * rate;
        boolean sameLine = plan.lineId().equals(s.plan.lineId());
        for (long k = (time.frame() - 1) * n + 1; k <= time.frame() * n; k++) {
            double end = (double) k / rate;
            s = k - 1 < secondStart ? step(s, s.plan, s.lineStart, end, 1.0 / rate)
                    : step(s, plan, sameLine ? s.lineStart : time.seconds(), end, 1.0 / rate);
        }
        return s;
    }

    /** One simulation step of {@code h} video seconds under {@code plan}, ending at {@code end}. */
    private State step(State s, ScenePlan plan, double lineStart, double end, double h) {
        Change c = s.change;
        Terrain terrain = s.terrain;
        if (c != null) {
            double seconds = c.kind == Transition.DISSOLVE ? DISSOLVE_SECONDS
                    : s.gliding ? GLIDE_MORPH_SECONDS : MORPH_SECONDS;
            double p = c.progress + h / seconds;
            CameraRig old = c.oldRig == null ? null : c.oldRig.step(plan.camera(), c.from, h);
            if (p >= 1) {
                if (c.kind == Transition.MORPH) terrain = c.to;
                c = null;
            } else {
                if (c.kind == Transition.MORPH) {
                    // A glided morph eases in and out, so the ground rises under the viewer
                    // no faster than the glide can climb ahead of it.
                    double shape = s.gliding ? p * p * (3 - 2 * p) : p;
                    double q = StrictMath.floor(shape * MORPH_STEPS) / MORPH_STEPS;
                    terrain = morphAt(c, terrain, q);
                }
                c = new Change(c.kind, p, c.from, c.to, old);
            }
        }
        return stepped(s, plan, shotOf(plan, end, lineStart, terrain), lineStart, h, terrain, c);
    }

    /** The ground {@code q} of the way through {@code c}, rebuilt only when q moved on. */
    private static Terrain morphAt(Change c, Terrain now, double q) {
        return q != now.morphProgress() ? Terrain.morph(c.from, c.to, q) : now;
    }

    /**
     * The weather {@code dt} world seconds on towards {@code target}: the sky and light on
     * {@link #WEATHER_EASE_SECONDS}, what falls on {@link #FALLING_EASE_SECONDS}, the lying
     * snow on its own clock.
     */
    private static Sky.WeatherState weatherAfter(Sky.WeatherState w, Sky.WeatherState target,
            double dt) {
        double k = 1 - StrictMath.exp(-dt / WEATHER_EASE_SECONDS);
        double falling = 1 - StrictMath.exp(-dt / FALLING_EASE_SECONDS);
        return w.towards(target, k, falling).withSnowCover(w.snowCoverAfter(target, dt));
    }

    /**
     * Rig, clock, weather and creatures {@code h} video seconds on, over {@code terrain}. The
     * world moves by the line's speed times that: slow motion slows it, a time-lapse hurries
     * it; the transitions above run on the video's clock.
     */
    private State stepped(State s, ScenePlan plan, Shot shot, double lineStart, double h,
            Terrain terrain, Change c) {
        double dt = plan.keys().camera().speed() * h;
        double world = s.worldSeconds + dt;
        // A morph step brings new ground and new things on it: the creatures go round those.
        ObstacleField solids = terrain == s.terrain ? s.solids : ObstacleField.of(terrain);
        CameraRig rig;
        if (s.gliding) {
            Terrain into = c != null && c.kind == Transition.MORPH ? c.to : terrain;
            rig = Glide.step(s.rig, into.landmark(), terrain, into, dt);
        } else {
            CameraTarget target = CameraSubjects.of(shot, cast(plan), s.creatures,
                    sights(plan, terrain, s.worldSeconds), s.rig.camera());
            rig = s.rig.step(shot, terrain, target, solids, traffic(terrain, s.worldSeconds),
                    dt);
        }
        Surroundings around = new Surroundings(terrain, solids, rig.camera(), seed, s.scene,
                s.salt);
        return new State(s.scene, terrain, rig,
                DayClock.advance(s.hour, plan.timeOfDay(), dt),
                weatherAfter(s.weather, Sky.WeatherState.of(plan), dt), s.salt, c, solids,
                s.creatures.step(cast(plan), around, world, dt), plan, lineStart, world,
                s.gliding, names, thingNames, MoonRise.asked(plan) ? s.moon : null,
                s.place, s.heard);
    }

    /**
     * A gradual transition that asks for no camera of its own glides into the new place:
     * the viewer moves towards it as it forms, for the whole line (its first second's plan
     * says so; the state keeps it for the line's other seconds).
     */
    private static boolean glides(ScenePlan plan) {
        return plan.transition() == Transition.MORPH && plan.camera() == CameraMove.STATIC
                && Cast.of(plan).named().isEmpty();
    }

    private FrameSpec spec(ScenePlan plan, Timecode time, Shot shot, boolean cut) {
        Vec3 moon = state.moon == null ? null : MoonRise.toMoon(state.moon, time.seconds());
        Lighting light = Sky.lighting(state.hour, state.weather, seed, time.seconds(), moon);
        Change c = state.change;
        SceneChange change = SceneChange.NONE;
        if (c != null) {
            FrameSpec from = c.oldRig == null ? null
                    : new FrameSpec(time, plan, c.from, c.oldRig.camera(), light, false);
            change = new SceneChange(c.kind, c.progress, from);
        }
        CameraTarget target = CameraSubjects.of(shot, cast(plan), state.creatures,
                sights(plan, state.terrain, state.worldSeconds), state.rig.camera());
        Camera camera = CameraOperator.finish(state.rig, shot, target, seed, time.seconds());
        return new FrameSpec(time, plan, state.terrain, camera, light, cut,
                state.creatures.poses(), change, state.worldSeconds);
    }

    /**
     * Whether {@code plan}'s line speaks of the place already there though its setting reads
     * as another: it turns the ground ({@link #groundTurns}), or it brings other weather to
     * open ground (a field, a meadow: "rain comes in sideways over the field") — the
     * ground round whatever stands there, not a new place.
     */
    private static boolean keepsPlace(ScenePlan before, ScenePlan plan) {
        if (groundTurns(before, plan)) return true;
        String setting = plan.keys().setting();
        boolean open = setting.equals("grassland") || setting.equals("farmland");
        return open && !setting.equals(before.keys().setting())
                && !Objects.equals(plan.keys().weather(), before.keys().weather());
    }

    /**
     * {@code asked} as this world hears it: while the plan's setting is the one a line that
     * kept the place ({@link #keepsPlace}) read ({@code heard}), it asks for the place itself
     * ({@code place}) with whatever new things it names.
     */
    private static SceneryRequest heardAs(SceneryRequest heard, SceneryRequest place,
            SceneryRequest asked) {
        if (heard == null || !heard.setting().equals(asked.setting())
                || !Objects.equals(heard.water(), asked.water())) {
            return asked;
        }
        List<String> things = new ArrayList<>(place.things());
        for (String t : asked.things()) if (!things.contains(t)) things.add(t);
        return new SceneryRequest(place.setting(), place.style(), things, place.water());
    }

    /**
     * Whether {@code plan} changes the state of the ground ("the field turns to mud"): it
     * asks for one ({@link Things#groundState}) that the second before did not.
     */
    private static boolean groundTurns(ScenePlan before, ScenePlan plan) {
        java.util.Set<String> had = new java.util.HashSet<>();
        for (var t : before.keys().things()) had.add(t.id());
        return plan.keys().things().stream()
                .anyMatch(t -> Things.groundState(t.id()) && !had.contains(t.id()));
    }

    /** Terrain seed of a place: returning to a setting returns to the same place. */
    private long placeSeed(SceneryRequest place) {
        return ValueNoise.mix(seed * 0x9E3779B97F4A7C15L + PlaceIds.index(place.setting()));
    }

    /**
     * Whether request {@code b} is the place {@code a} already built: the same setting and
     * water ids, and nothing asked that {@code a} lacks (a line that names a castle where
     * there was none is a new shot of the place with the castle in it; things that go stay).
     */
    private static boolean samePlace(SceneryRequest a, SceneryRequest b) {
        return a.setting().equals(b.setting()) && Objects.equals(a.water(), b.water())
                && a.things().containsAll(b.things());
    }

    /** Current hour of day (for tests and logs). */
    public double hour() {
        return state == null ? Double.NaN : state.hour;
    }

    /**
     * A new salt re-draws the world's stochastic choices: the creatures' wandering and
     * spawns follow it from now on (their motion stays continuous: they ease towards the new
     * whims), and it nudges the rig's turn rate by up to ±8°/s, which the rig
     * eases back over about a second, so the path bends a few degrees away from the one that
     * failed while speed, position and heading stay continuous.
     */
    @Override
    public void resample(long salt) {
        if (state == null) return;
        CameraRig r = state.rig;
        double nudge = salt == 0 ? 0
                : ((ValueNoise.mix(salt) >>> 11) * 0x1.0p-53 * 2 - 1) * 8;
        state = state.with(r.turningBy(nudge)).with(salt);
    }

    /**
     * The clock, the subjects, the scene's materials (ground and the kinds of thing standing
     * on it) and the solid things within {@link #OBSTACLE_RADIUS} of the camera.
     */
    @Override
    public WorldObservation observe() {
        if (state == null) return WorldObservation.NONE;
        Terrain t = state.terrain;
        double dry = StrictMath.max(0, t.waterLevel() + 2);
        List<MaterialParams> materials = new ArrayList<>(List.of(
                new MaterialParams("ground", t.albedoAt(dry, 0), Double.NaN),
                new MaterialParams("ground-steep", t.albedoAt(dry, 1), Double.NaN)));
        materials.addAll(t.scenery().materials());
        Vec3 eye = state.rig.position();
        List<Obstacle> near = state.solids.within(eye.x(), eye.z(), OBSTACLE_RADIUS);
        return new WorldObservation(state.hour, state.creatures.entities(), near, materials);
    }

    @Override
    public Snapshot checkpoint() {
        return state;
    }

    @Override
    public void restore(Snapshot snapshot) {
        if (snapshot != null && !(snapshot instanceof State)) {
            throw new IllegalArgumentException("not a snapshot of this world: " + snapshot);
        }
        state = (State) snapshot;
        names = state == null ? LineNames.NONE : state.names;
        thingNames = state == null ? LineThings.NONE : state.things;
    }
}
