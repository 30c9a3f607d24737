/**
 * The director: walks the storyboard one second at a time, drives memory, world, renderer and
 * validators, and streams committed frames to a {@link dev.longshot.director.VideoSink}.
 */
package dev.longshot.director;
