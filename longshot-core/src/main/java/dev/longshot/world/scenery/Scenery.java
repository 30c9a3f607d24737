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
    /** Whether a railway station stands here: its trains stop at it ({@link VehicleMotion}). */
    private final boolean station;

    private Scenery(List<Prop> props) {
        this.props = List.copyOf(props);
        this.station = this.props.stream().anyMatch(p -> p.thing().equals(Railway.STATION));
        this.materials = List.copyOf(SceneryMaterials.of(this.props));
    }

    /**
     * The scenery {@code terrain}'s request asks for, from its seed: the layout of its
     * setting id in its style, the things the style brings ({@link StyleDressing}), the
     * railway a train or a dry bridge runs on ({@link Railway}) and the things named
     * ({@link ThingLayout}), then the trees, rocks and bushes round them.
     */
    public static Scenery of(Terrain terrain) {
        Placement at = new Placement(terrain);
        SceneryRequest r = terrain.request();
        String style = r.style();
        List<String> things = StyleDressing.things(r.setting(), style, r.things(),
                terrain.water());
        // Walls and gates first: the houses and fences of the layout give way to them.
        List<String> walls = things.stream().filter(StyleDressing::wall).toList();
        ThingLayout.place(at, walls);
        boolean railFirst = Railway.first(at);
        if (railFirst) Railway.lay(at, things);
        switch (r.setting()) {
            case "village" -> VillageLayout.build(at, false);
            case "town" -> {
                if (at.waterTown()) WaterTownLayout.build(at);
                else VillageLayout.build(at, true);
            }
            case "harbour" -> HarbourLayout.build(at);
            case "city" -> {
                if (style == null || style.equals("modern")) CityLayout.build(at);
                else VillageLayout.build(at, true);
            }
            case "ancient-city" -> {
                // An old city of the middle ages: houses along a lane below its castle, not a
                // Greek ruin.
                if ("medieval-european".equals(style)) VillageLayout.build(at, false);
                else RuinLayout.build(at);
            }
            case "volcano" -> VolcanoLayout.build(at);
            case "savanna" -> SavannaLayout.build(at);
            case "farmland" -> FarmLayout.build(at);
            case "jungle" -> JungleLayout.build(at);
            default -> { }
        }
        if (!railFirst) Railway.lay(at, things);
        ThingLayout.place(at, things.stream().filter(id -> !StyleDressing.wall(id)).toList());
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

    /** Whether a railway station stands here ({@link StationLayout}). */
    public boolean station() {
        return station;
    }

    /** One material per kind of thing here ({@link SceneryMaterials}), fixed for the place. */
    public List<MaterialParams> materials() {
        return materials;
    }
}
