/** The soundtrack: one second of PCM per storyboard second. */
package dev.longshot.audio;
