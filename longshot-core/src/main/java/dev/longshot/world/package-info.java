/**
 * The simulated world: terrain, camera, light and time, stepped at the output frame rate
 * inside each storyboard second.
 */
package dev.longshot.world;
