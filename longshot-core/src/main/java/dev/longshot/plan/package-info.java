/**
 * The scene plans the memory tells the world to show: the plan/2 keys by catalog id
 * ({@code PlanKeys}: style, sky, subjects with count and action, things, the camera object,
 * approximated and not-shown words) and the old vocabulary enums derived from them through one
 * adapter ({@code DrawnVocabulary}). Also the readers of storyboard text ({@code TextEncoder}s):
 * {@code StoryReader} reads by the catalog, with idioms, place names, shot language, changes
 * and the nearest entry by meaning ({@code NearestEntry}); {@code SceneLexicon} is the old
 * fixed lexicon. The walker that asks the memory for each second is {@code memory.Planner},
 * below this package. Each plan carries what the world needs of its line, so the world never
 * reads the text.
 */
package dev.longshot.plan;
