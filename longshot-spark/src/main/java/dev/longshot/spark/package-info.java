/**
 * Segments made as Apache Spark tasks: {@code spark-generate} and {@code bench-spark}, in a
 * module of their own so that the plain {@code longshot} command never has Spark on its class
 * path. The work itself is {@code media.segments}'; this package only starts Spark and hands
 * it the tasks.
 */
package dev.longshot.spark;
