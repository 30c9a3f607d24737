package dev.longshot.director;

import dev.longshot.plan.ScenePlan;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.EntityState;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.MaterialParams;
import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.WorldObservation;
import dev.longshot.world.WorldSimulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only perturbation hook: the real default world plus a deer walking the terrain, with
 * one fault injected at {@code faultSecond} while the world runs on its original draw (salt
 * 0). A re-sampled draw (after a rollback) is fault-free, as a different stochastic choice
 * would be. Remembers the last observation made for every frame index, so a test can
 * re-validate exactly what was written.
 */
final class FaultyWorld implements WorldSimulator {
    enum Fault { NONE, TELEPORT, SUN_FLIP, SINK, MATERIAL }

    private final DefaultWorld inner;
    private final Fault fault;
    private final int faultSecond;
    private long salt;
    private FrameSpec last;
    final Map<Long, FrameSpec> specs = new HashMap<>();
    final Map<Long, WorldObservation> observed = new HashMap<>();

    private record Snap(Snapshot inner, long salt) implements Snapshot {}

    FaultyWorld(long seed, Fault fault, int faultSecond) {
        this.inner = new DefaultWorld(seed);
        this.fault = fault;
        this.faultSecond = faultSecond;
    }

    private boolean during(Timecode t) {
        return salt == 0 && t.second() == faultSecond;
    }

    private boolean since(Timecode t) {
        return salt == 0 && (t.second() > faultSecond
                || t.second() == faultSecond && t.frameInSecond() >= 2);
    }

    @Override
    public FrameSpec step(ScenePlan plan, Timecode time) {
        FrameSpec s = inner.step(plan, time);
        if (fault == Fault.SUN_FLIP && during(time)) {
            Lighting l = s.lighting();
            Vec3 flipped = new Vec3(-l.toSun().x(), l.toSun().y(), -l.toSun().z());
            s = new FrameSpec(s.time(), s.plan(), s.terrain(), s.camera(),
                    new Lighting(flipped, l.sunColor(), l.sunIntensity(), l.ambient(),
                            l.skyZenith(), l.skyHorizon(), l.fogColor(), l.fogDensity()),
                    s.cut());
        }
        last = s;
        specs.put(time.frame(), s);
        observed.put(time.frame(), observe());
        return s;
    }

    @Override
    public WorldObservation observe() {
        WorldObservation base = inner.observe();
        Timecode time = last.time();
        Terrain terrain = last.terrain();
        double t = time.seconds();
        double x = 4 + 1.5 * t;
        double z = -12;
        if (fault == Fault.TELEPORT && since(time)) x += 30;
        double y = terrain.heightAt(x, z);
        double vy = (terrain.heightAt(x + 0.05, z) - terrain.heightAt(x - 0.05, z)) / 0.1 * 1.5;
        if (fault == Fault.SINK && during(time)) y -= 1.2;
        List<EntityState> entities = List.of(
                new EntityState("deer#1", new Vec3(x, y, z), new Vec3(1.5, vy, 0), 0.6, true));
        List<Obstacle> obstacles = List.of(
                new Obstacle("rock#1", new Vec3(-30, terrain.heightAt(-30, -12), -12), 1.5, 2));
        List<MaterialParams> materials = new ArrayList<>(base.materials());
        if (fault == Fault.MATERIAL && since(time)) {
            materials.set(0, new MaterialParams(materials.get(0).name(), 0xD02020, Double.NaN));
        }
        return new WorldObservation(base.hour(), entities, obstacles, materials);
    }

    @Override
    public Snapshot checkpoint() {
        return new Snap(inner.checkpoint(), salt);
    }

    @Override
    public void restore(Snapshot snapshot) {
        Snap s = (Snap) snapshot;
        inner.restore(s.inner());
        salt = s.salt();
    }

    @Override
    public void resample(long newSalt) {
        salt = newSalt;
        inner.resample(newSalt);
    }
}
