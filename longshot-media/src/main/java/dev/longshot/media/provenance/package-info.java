/**
 * What a longshot file says about itself: the metadata that names the generator, the
 * storyboard and the settings, and the rule that no file ever claims a real camera.
 */
package dev.longshot.media.provenance;
