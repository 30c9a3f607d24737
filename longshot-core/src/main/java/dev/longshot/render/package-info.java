/** Frame generation: the embedded deterministic software rasterizer and its interface. */
package dev.longshot.render;
