/**
 * The scene vocabulary and per-second scene plans: what the memory tells the world to show.
 */
package dev.longshot.plan;
