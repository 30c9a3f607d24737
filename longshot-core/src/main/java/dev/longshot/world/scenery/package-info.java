/**
 * Each place's ground and the things standing on it: the landform and ground colours
 * ({@code Landform}, {@code GroundPalette}), and the props ({@code Prop}, {@code PropKind})
 * placed once per place by the layout of its setting ({@code NatureLayout},
 * {@code VillageLayout}, {@code CityLayout}, {@code RuinLayout}, {@code VolcanoLayout},
 * through {@code Placement}) into its {@code Scenery}.
 */
package dev.longshot.world.scenery;
