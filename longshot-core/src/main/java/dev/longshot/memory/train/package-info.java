/**
 * Training and evaluation of the ST-MFA memory: the synthetic zh+en storyboard corpus, the
 * deterministic trainer (teacher forcing, BPTT, Adam) and per-attribute accuracy on labelled
 * storyboards. In the layer order this package sits below {@code world} and {@code render}
 * (it renders small frames of the world for the visual input), unlike the runtime
 * {@code memory} above them, which never imports it.
 */
package dev.longshot.memory.train;
