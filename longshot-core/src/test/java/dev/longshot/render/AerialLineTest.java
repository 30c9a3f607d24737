package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.world.FrameSpec;
import dev.longshot.world.Vec3;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An aerial line starts high over its place, as a drone shot does. */
class AerialLineTest {
    @Test
    void anAerialLineAfterAStreetLineStartsHigh() {
        // The styles sheet's "Aerial shot over the city lights" started at street height and
        // climbed at 9 m/s, a street-level frame in its contact sheet.
        List<FrameSpec> f = ShownFrames.lastSecond("A modern city at night, glass towers.",
                "A red bus stops at the crossing.", "Aerial shot over the city lights");
        Vec3 eye = f.get(0).camera().position();
        double over = eye.y() - f.get(0).terrain().heightAt(eye.x(), eye.z());
        assertTrue(over > 30, "eye " + over + " m over the ground at the line's 4th frame");
    }
}
