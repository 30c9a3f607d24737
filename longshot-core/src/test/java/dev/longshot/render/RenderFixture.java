package dev.longshot.render;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Lighting;
import dev.longshot.world.Sky;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.scenery.Prop;
import dev.longshot.world.scenery.SceneryRequest;
import java.util.List;
import java.util.Set;

/** Hand-built frame specs: a forest with a stream by daylight, a camp with a fire. */
final class RenderFixture {
    static final Vec3 TO_SUN = new Vec3(0.3, 0.6, -0.5).normalized();
    static final Terrain FOREST = new Terrain(42, Setting.FOREST, Water.STREAM);

    private RenderFixture() {}

    static Lighting daylight(double fogDensity) {
        return new Lighting(TO_SUN, 0xFFF2D8, 0.9, 0.35, 0x3A6FC4, 0xB8D4EE, 0xC4D4E2,
                fogDensity);
    }

    static Lighting daylight() {
        return daylight(0.0006);
    }

    /** A camera {@code above} metres over the ground at (x, z). */
    static Camera cameraAt(Terrain terrain, double x, double z, double above, double yaw,
                           double pitch) {
        double ground = Math.max(terrain.heightAt(x, z), terrain.waterLevel());
        return new Camera(new Vec3(x, ground + above, z), yaw, pitch, 55);
    }

    static ScenePlan plan(Terrain terrain) {
        return new ScenePlan(0, "a stream in the forest", terrain.setting(), terrain.water(),
                TimeOfDay.MORNING, Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0);
    }

    static FrameSpec spec(Terrain terrain, Camera camera, Lighting light, long frame) {
        return new FrameSpec(new Timecode(frame, 24), plan(terrain), terrain, camera, light,
                frame == 0);
    }

    /** A forest camp with a campfire, for the lamps at night. */
    static final Terrain CAMP = new Terrain(5, Setting.FOREST, Water.NONE,
            new SceneryRequest("forest", null, List.of("campfire")));

    /** The camp's campfire. */
    static Prop campfire() {
        return CAMP.scenery().props().stream().filter(p -> p.thing().equals("campfire"))
                .findFirst().orElseThrow();
    }

    /** The camp at {@code hour}, seen from 12 m south of its fire, 2 m up, a little down. */
    static FrameSpec campAt(double hour) {
        Lighting light = Sky.lighting(hour, Sky.WeatherState.of(Weather.CLEAR), 5, 10);
        Prop f = campfire();
        return spec(CAMP, cameraAt(CAMP, f.x(), f.z() + 12, 2, 0, -8), light, 12);
    }

    /** Looking north from south of the stream, slightly down, over the water. */
    static FrameSpec overStream() {
        return spec(FOREST, cameraAt(FOREST, 0, 140, 8, 0, -6), daylight(), 12);
    }

    /** Looking west over a lake from a low hill: ground, water and sky in one frame. */
    static FrameSpec overLake() {
        return spec(FOREST, cameraAt(FOREST, 400, -100, 30, 270, -8), daylight(), 12);
    }
}
