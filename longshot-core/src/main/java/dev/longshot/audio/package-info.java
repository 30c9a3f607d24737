/**
 * The soundtrack, made from the same simulated world as the picture: {@link
 * dev.longshot.audio.WorldSound} synthesises each storyboard second from its frame specs
 * (weather, place, water, lightning, subjects' gaits, the camera as listener), in stereo, mixed
 * to a loudness target; {@link dev.longshot.audio.Silence} is the silent (or absent) track.
 */
package dev.longshot.audio;
