package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Setting;
import dev.longshot.plan.TimeOfDay;
import dev.longshot.plan.Water;
import dev.longshot.plan.Weather;
import dev.longshot.world.camera.Camera;
import dev.longshot.world.FrameSpec;
import dev.longshot.world.Sky;
import dev.longshot.world.Terrain;
import dev.longshot.world.Timecode;
import dev.longshot.world.Vec3;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FrameGenerator} promises (TwelveMonkeys-style: each implementation's test
 * extends this): the size it reports, pixels that depend only on the spec (not on repeats,
 * instances or thread counts), frames the caller owns, clear errors for bad arguments, and an
 * idempotent close after which rendering fails. Frames are tiny so the checks stay fast.
 */
public abstract class FrameGeneratorContract {
    /** A new generator of {@code width x height} on {@code threads} threads. */
    protected abstract FrameGenerator create(int width, int height, int threads);

    /** A size this generator accepts: {width, height}. */
    protected int[] size() {
        return new int[] {64, 36};
    }

    /** The frame the checks render: by default a forest by a stream, with sky and ground. */
    protected FrameSpec checkedSpec() {
        return forestSpec(12);
    }

    /** A hand-built frame: a forest with a stream at noon, camera 8 m up looking north. */
    public static FrameSpec forestSpec(long frame) {
        Terrain forest = new Terrain(42, Setting.FOREST, Water.STREAM);
        ScenePlan plan = new ScenePlan(0, "a stream in the forest", Setting.FOREST, Water.STREAM,
                TimeOfDay.NOON, Weather.CLEAR, Set.of(), CameraMove.STATIC, List.of(), 0);
        double ground = Math.max(forest.heightAt(0, 140), forest.waterLevel());
        Camera camera = new Camera(new Vec3(0, ground + 8, 140), 0, -6, 35);
        return new FrameSpec(new Timecode(frame, 24), plan, forest, camera,
                Sky.lighting(12.5, Sky.WeatherState.of(Weather.CLEAR)), false);
    }

    private int[] render(int threads) {
        try (FrameGenerator g = create(size()[0], size()[1], threads)) {
            return g.render(checkedSpec()).rgb();
        }
    }

    @Test
    void reportsItsSizeAndRendersFramesOfThatSizeAndTime() {
        try (FrameGenerator g = create(size()[0], size()[1], 1)) {
            assertEquals(size()[0], g.width());
            assertEquals(size()[1], g.height());
            Frame f = g.render(checkedSpec());
            assertEquals(size()[0], f.width());
            assertEquals(size()[1], f.height());
            assertEquals(checkedSpec().time(), f.time());
        }
    }

    @Test
    void sameSpecGivesIdenticalPixelsInNewArrays() {
        try (FrameGenerator g = create(size()[0], size()[1], 2)) {
            int[] a = g.render(checkedSpec()).rgb();
            int[] b = g.render(checkedSpec()).rgb();
            assertArrayEquals(a, b, "second render of the same spec");
            assertNotSame(a, b, "each frame owns new pixels");
        }
    }

    @Test
    void freshInstancesGiveIdenticalPixels() {
        assertArrayEquals(render(1), render(1));
    }

    @Test
    void threadCountDoesNotChangePixels() {
        int[] one = render(1);
        assertArrayEquals(one, render(2), "2 threads vs 1");
        assertArrayEquals(one, render(3), "3 threads vs 1");
    }

    @Test
    void closeIsIdempotentAndRenderingAfterCloseFails() {
        FrameGenerator g = create(size()[0], size()[1], 2);
        g.render(checkedSpec());
        g.close();
        assertDoesNotThrow(g::close, "a second close");
        var e = assertThrows(IllegalStateException.class, () -> g.render(checkedSpec()));
        assertNotNull(e.getMessage(), "says why");
    }

    @Test
    void nullSpecIsRejectedWithItsName() {
        try (FrameGenerator g = create(size()[0], size()[1], 1)) {
            var e = assertThrows(NullPointerException.class, () -> g.render(null));
            assertEquals("spec", e.getMessage());
        }
    }

    @Test
    void badSizeOrThreadCountIsRejectedWithTheValue() {
        var zero = assertThrows(IllegalArgumentException.class, () -> create(0, 0, 1));
        assertNotNull(zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> create(-size()[0], size()[1], 1));
        var threads = assertThrows(IllegalArgumentException.class,
                () -> create(size()[0], size()[1], 0));
        assertTrue(threads.getMessage().contains("threads"), threads.getMessage());
    }
}
