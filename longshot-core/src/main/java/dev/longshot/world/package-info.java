/**
 * The simulated world: terrain, camera, light and time, stepped at the output frame rate
 * inside each storyboard second. Each place's ground ({@code Landform}, {@code GroundPalette})
 * and the things standing on it ({@code Scenery}: props placed once by the layout of its
 * setting) live here, so the renderer draws them and subjects and validators see them as
 * obstacles; changes of scene (cut, dissolve, morph) are the world's too. The camera is a
 * rig ({@code CameraRig}) that each move steers ({@code CameraGoal}); the moves bound to
 * subjects follow the group or eye the world picks for them ({@code CameraSubjects}).
 */
package dev.longshot.world;
