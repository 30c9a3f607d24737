/**
 * Each place's ground and the things standing on it: the landform and ground colours
 * ({@code Landform}, {@code GroundPalette}), and the props ({@code Prop}, {@code PropKind})
 * placed once per place through {@code Placement} into its {@code Scenery}. What a place
 * holds comes in as catalog ids through one adapter, {@code SceneryRequest} (setting, style,
 * things): the layout of its setting ({@code NatureLayout}, {@code VillageLayout},
 * {@code HarbourLayout}, {@code CityLayout}, {@code RuinLayout}, {@code VolcanoLayout}), the
 * landmarks its style brings ({@code StyleDressing}) and the things named, each placed by its
 * catalog family ({@code ThingLayout}, {@code StructureLayout}, {@code Roads}, {@code Things});
 * vehicles move by {@code VehicleMotion}.
 */
package dev.longshot.world.scenery;
