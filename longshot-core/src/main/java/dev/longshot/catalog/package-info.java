/**
 * The catalog: every setting, style, water, time, weather, sky event, creature, thing and shot
 * term longshot can be asked for, as data ({@code catalog.json}), with its Chinese and English
 * phrasings, whether today's renderer draws it, what it is shown as until then, and the recipe
 * the world builds it from. It sits at the top of the core's layers: it imports no other
 * longshot package, and the planner, world, renderer and docs read it.
 */
package dev.longshot.catalog;
