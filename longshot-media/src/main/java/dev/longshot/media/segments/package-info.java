/**
 * Segmented runs as a reusable whole, below the command line: the checkpoint store opened for
 * a run ({@link dev.longshot.media.segments.SegmentedRun}: fingerprint, stale files, the join,
 * the provenance that records the segmenting), a segment made from its start on any machine
 * ({@link dev.longshot.media.segments.SegmentTask}), and segments made in parallel by any
 * pool of workers, accepted only when the start each was made from holds
 * ({@link dev.longshot.media.segments.ParallelSegments}); the frames' way through the burn-in
 * and the log's to the previs hand-off ({@link dev.longshot.media.segments.FramePath}), and
 * the stems and hand-off of the whole video a run in this process writes besides
 * ({@link dev.longshot.media.segments.SideOutputs}).
 */
package dev.longshot.media.segments;
