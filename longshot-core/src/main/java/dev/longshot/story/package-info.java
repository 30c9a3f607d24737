/** Storyboards: reading text and JSON storyboards into timed lines, with exact error messages. */
package dev.longshot.story;
