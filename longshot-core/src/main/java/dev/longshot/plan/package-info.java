/**
 * The scene vocabulary and per-second scene plans: what the memory tells the world to show.
 * Also the reader of storyboard text ({@code SceneLexicon}, a {@code TextEncoder}); the
 * walker that asks the memory for each second is {@code memory.Planner}, below this package.
 * Each plan carries what the world needs of its line ({@code ScenePlan.named}), so the world
 * never reads the text.
 */
package dev.longshot.plan;
