package dev.longshot.world.creature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.world.Obstacle;
import dev.longshot.world.Vec3;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObstacleFieldTest {
    private static final Obstacle TEMPLE = new Obstacle("temple#0", new Vec3(18, 0, 0), 15, 12);
    private static final Obstacle TRUNK = new Obstacle("tree#1", new Vec3(2, 0, 1), 0.4, 9);
    private static final Obstacle FAR = new Obstacle("rock#2", new Vec3(80, 0, 80), 1, 1);

    @Test
    void aWideBuildingCountsWhenItsWallIsNearThoughItsCentreIsFar() {
        // The temple's wall stands 3 m from the origin, its foot's centre 18 m away.
        ObstacleField field = ObstacleField.of(List.of(TEMPLE, TRUNK, FAR), 400);
        assertEquals(List.of(TEMPLE, TRUNK), field.within(0, 0, 4));
    }

    @Test
    void obstaclesComeInTheOrderTheyWereGiven() {
        ObstacleField field = ObstacleField.of(List.of(FAR, TRUNK, TEMPLE), 400);
        assertEquals(List.of(FAR, TRUNK, TEMPLE), field.within(40, 40, 100));
    }
}
