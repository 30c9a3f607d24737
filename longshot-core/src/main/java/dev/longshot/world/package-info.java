/**
 * The simulated world: terrain, camera, light and time, stepped at the output frame rate
 * inside each storyboard second ({@code WorldSimulator}, {@code DefaultWorld}, one
 * {@code FrameSpec} per frame). Each place's ground and the things standing on it live in
 * {@link dev.longshot.world.scenery}, so the renderer draws them and subjects and validators
 * see them as obstacles; the creatures in {@link dev.longshot.world.creature}; the camera rig
 * and its moves in {@link dev.longshot.world.camera}. Changes of scene (cut, dissolve, morph),
 * light, sky and weather are this package's.
 */
package dev.longshot.world;
