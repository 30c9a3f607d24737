/** Validators of the world's physical rules, run before frames are committed. */
package dev.longshot.validate;
