package dev.longshot.render;

import dev.longshot.plan.Setting;
import dev.longshot.plan.Water;

/**
 * How each body of water moves and looks: a calm lake is nearly a mirror, the sea heaves in
 * long swells and breaks white on the shore, a river and a stream run with a current, in
 * streaks drawn out along the flow (the stream faster, choppier and shallower-coloured).
 *
 * @param deep      colour of the water itself, 0xRRGGBB
 * @param amp       normal tilt of the waves close up (their steepness)
 * @param scale     spatial frequency of the waves, 1 = the base pattern
 * @param stretch   how much longer the waves are along the flow than across it
 * @param speed     how fast the pattern travels along the flow, cycles per second
 * @param flowX     unit direction of the current or the wind, x
 * @param flowZ     … and z
 * @param foamDepth water shallower than this (metres) breaks into foam; 0 for none
 */
record WaterStyle(int deep, float amp, float scale, float stretch, float speed, float flowX,
        float flowZ, float foamDepth) {

    static WaterStyle of(Water water, Setting setting) {
        boolean north = setting == Setting.VALLEY || setting == Setting.CANYON;
        // Rivers run east (or south, down a valley); the wind blows from the north-west.
        float fx = north ? 0 : 1, fz = north ? 1 : 0;
        return switch (water) {
            case STREAM -> new WaterStyle(0x2E5A50, 0.12f, 1.8f, 3.5f, 0.5f, fx, fz, 0.35f);
            case RIVER -> new WaterStyle(0x1C4A4E, 0.11f, 1.1f, 3f, 0.45f, fx, fz, 0);
            case LAKE -> new WaterStyle(0x12343E, 0.035f, 1.4f, 1f, 0.12f, 0.6f, 0.8f, 0);
            case SEA -> new WaterStyle(0x0C2E4A, 0.16f, 0.45f, 1.6f, 0.14f, 0.6f, 0.8f, 1.4f);
            case NONE -> new WaterStyle(0x0F3C42, 0.1f, 1f, 1f, 0.3f, 1, 0, 0);
        };
    }
}
