/**
 * The world's camera: its pose and lens ({@code Camera}, {@code Sensor}), the rig that moves
 * it smoothly ({@code CameraRig}), the goal each storyboard move steers it towards
 * ({@code CameraGoal}, {@code CameraMoveTargets}) and the subjects the bound moves follow
 * ({@code CameraSubjects}, {@code CameraTarget}) — creatures, and the things a line names
 * ({@code ThingTargets}, {@code ThingSights}) — the clear view a cut looks for round its
 * target ({@code ClearView}), the height a following eye rises to between cuts to see it over
 * ground and stone ({@code SightLift}), and how much of a free view a wall fills
 * ({@code OpenView}).
 */
package dev.longshot.world.camera;
