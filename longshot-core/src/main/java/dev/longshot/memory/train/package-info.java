/**
 * Training and evaluation of the ST-MFA memory: the synthetic zh+en storyboard corpus, the
 * deterministic trainer (teacher forcing, BPTT, Adam) and per-attribute accuracy on labelled
 * storyboards.
 */
package dev.longshot.memory.train;
