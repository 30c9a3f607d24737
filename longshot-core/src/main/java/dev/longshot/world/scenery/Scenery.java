package dev.longshot.world.scenery;

import dev.longshot.world.MaterialParams;
import dev.longshot.world.Terrain;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed things of one place, in placement order: what the renderer draws beyond the
 * ground and water, and what subjects must walk round. Built once per terrain by the layout
 * of its setting; the single placement of trees, rocks and buildings.
 */
public final class Scenery {
    public static final Scenery EMPTY = new Scenery(List.of());

    private final List<Prop> props;
    private final List<MaterialParams> materials;

    private Scenery(List<Prop> props) {
        this.props = List.copyOf(props);
        this.materials = List.copyOf(SceneryMaterials.of(this.props));
    }

    /** The scenery of {@code terrain}'s setting, from its seed. */
    public static Scenery of(Terrain terrain) {
        Placement at = new Placement(terrain);
        switch (terrain.setting()) {
            case VILLAGE -> VillageLayout.build(at);
            case CITY -> CityLayout.build(at);
            case ANCIENT_CITY -> RuinLayout.build(at);
            case VOLCANO -> VolcanoLayout.build(at);
            default -> { }
        }
        NatureLayout.plant(at);
        return new Scenery(at.props());
    }

    /**
     * Scenery {@code t} of the way through a morph: each of the old place's things while
     * {@code t} is below its {@link Prop#fade}, each of the new place's once {@code t} passed
     * it, all standing on {@code ground}.
     */
    public static Scenery blend(Scenery from, Scenery to, double t, Terrain ground) {
        List<Prop> out = new ArrayList<>();
        for (Prop p : from.props) if (t < p.fade()) out.add(regrounded(p, ground));
        for (Prop p : to.props) if (t >= p.fade()) out.add(regrounded(p, ground));
        return new Scenery(out);
    }

    private static Prop regrounded(Prop p, Terrain ground) {
        return p.at(ground.heightAt(p.x(), p.z()));
    }

    public List<Prop> props() {
        return props;
    }

    /** One material per kind of thing here ({@link SceneryMaterials}), fixed for the place. */
    public List<MaterialParams> materials() {
        return materials;
    }
}
