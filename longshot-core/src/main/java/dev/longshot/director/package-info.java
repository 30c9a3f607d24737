/**
 * The director: walks the storyboard one second at a time, drives memory, world, renderer and
 * validators, and streams committed frames to a {@link dev.longshot.director.VideoSink}.
 * {@link dev.longshot.director.RunProvenance} records everything a run was made from, so that
 * {@code longshot replay} can make it again. {@code ShownSecond} records what each second
 * actually showed (every catalog entry's share of the frame) beside what its plan asked, for
 * the generation log and the run's {@link dev.longshot.director.ShownWarning}s.
 */
package dev.longshot.director;
