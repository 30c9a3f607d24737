package dev.longshot.world.creature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.CameraMove;
import dev.longshot.plan.Setting;
import dev.longshot.plan.Subject;
import dev.longshot.plan.Water;
import dev.longshot.world.EntityState;
import dev.longshot.world.Obstacle;
import dev.longshot.world.Terrain;
import dev.longshot.world.camera.CameraRig;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every walker's body is a solid a cut's view can be blocked by (an elephant between the
 * lens and the zebras): one upright cylinder per walker, where it stands, as tall as its
 * eyes and more; flyers block no view.
 */
class BodiesTest {
    @Test
    void everyWalkerIsABodyWhereItStandsAndFlyersAreNot() {
        Terrain t = new Terrain(3, Setting.FOREST, Water.NONE);
        Surroundings s = new Surroundings(t, ObstacleField.of(t), CameraRig.spawn(t).camera(),
                5, 0, 0);
        Creatures c = Creatures.NONE.relocate(Cast.of(CreatureRun.plan(0, Setting.FOREST,
                Water.NONE, EnumSet.of(Subject.DEER, Subject.EAGLE), CameraMove.STATIC)), s);
        List<Obstacle> bodies = c.bodies();
        List<EntityState> walkers = c.entities().stream().filter(EntityState::groundBound)
                .toList();
        assertFalse(walkers.isEmpty());
        assertTrue(c.entities().size() > walkers.size(), "the eagles fly");
        assertEquals(walkers.size(), bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            Obstacle b = bodies.get(i);
            assertEquals(walkers.get(i).position(), b.base());
            assertTrue(b.height() > 0.5 && b.radius() > 0, b.toString());
            assertTrue(b.id().startsWith("body#"), b.id());
        }
    }
}
