package dev.longshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;
import dev.longshot.world.Terrain;
import org.junit.jupiter.api.Test;

class TreeMeshTest {
    private static TreeMesh plant(Terrain terrain) {
        return TreeMesh.plant(terrain);
    }

    @Test
    void forestTreesStandOnDryGroundAndAreSeeded() {
        Terrain forest = RenderFixture.FOREST;
        TreeMesh a = plant(forest);
        TreeMesh b = plant(forest);
        assertTrue(a.count > 1000, "trees: " + a.count);
        assertEquals(a.count, b.count);
        assertArrayEquals(a.x, b.x);
        assertArrayEquals(a.size, b.size);
        for (int t = 0; t < a.count; t++) {
            assertEquals(forest.heightAt(a.x[t], a.z[t]), a.y[t], 1e-3, "tree " + t);
            assertTrue(a.y[t] > forest.waterLevel() + 1, "tree " + t + " in water");
        }
        TreeMesh other = plant(new Terrain(43, Setting.FOREST, Water.STREAM));
        assertTrue(other.count != a.count || other.x[0] != a.x[0], "another seed, other trees");
    }

    @Test
    void openSettingsHaveNoTrees() {
        assertNull(plant(new Terrain(1, Setting.GRASSLAND, Water.NONE)));
        assertNull(plant(new Terrain(1, Setting.DESERT, Water.NONE)));
    }

    @Test
    void treeTrianglesFaceOutwards() {
        // Each template triangle's normal points away from the tree's axis.
        var t = new TreeMesh.Template();
        for (int k = 0; k < TreeMesh.INDEX.length; k += 3) {
            int a = TreeMesh.INDEX[k], b = TreeMesh.INDEX[k + 1], c = TreeMesh.INDEX[k + 2];
            double ux = t.x(b) - t.x(a), uy = t.y(b) - t.y(a), uz = t.z(b) - t.z(a);
            double vx = t.x(c) - t.x(a), vy = t.y(c) - t.y(a), vz = t.z(c) - t.z(a);
            double nx = uy * vz - uz * vy;
            double nz = ux * vy - uy * vx;
            double cx = (t.x(a) + t.x(b) + t.x(c)) / 3;
            double cz = (t.z(a) + t.z(b) + t.z(c)) / 3;
            assertTrue(nx * cx + nz * cz > 0, "triangle " + k / 3);
        }
    }
}
