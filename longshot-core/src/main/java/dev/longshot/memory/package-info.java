/** The memory core: per-second state that keeps the scene coherent and can be rolled back. */
package dev.longshot.memory;
