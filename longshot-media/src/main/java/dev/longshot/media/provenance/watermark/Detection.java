package dev.longshot.media.provenance.watermark;

import dev.longshot.media.provenance.ContentId;
import java.util.Locale;
import java.util.Optional;

/**
 * What the detector found in a video or excerpt.
 *
 * @param found          true when the sync pattern is present beyond doubt and the content ID
 *                       decoded with a matching CRC
 * @param confidence     1 − p, where p bounds the chance that an unmarked video scores this
 *                       high anywhere in the search (0 … 1)
 * @param syncZ          the sync pattern's normalised correlation (≈ N(0,1) without a mark)
 * @param signal         mean sync amplitude in luma levels (about 2 in a fresh file)
 * @param contentId      the decoded content ID, when found
 * @param timeFound      whether the excerpt's position in the original was read
 * @param startSeconds   where the excerpt starts in the original video (NaN when unknown)
 * @param endSeconds     where it ends in the original (NaN when unknown)
 * @param visibleWidth   fraction of the original frame's width the excerpt shows
 * @param visibleHeight  fraction of its height
 * @param framesExamined frames decoded for the decision
 * @param mirrored       whether the excerpt is flipped left to right (a common re-upload)
 * @param timeZ          the time search's normalised score (NaN when not searched)
 * @param timeBitZ       how far the best start leads the closest other start second, over the
 *                       noise of that lead (NaN when not searched): below {@value
 *                       TimeCheck#BIT_Z_MIN} the other start may be the right one (one wrong
 *                       high bit moves the start by hours), so the start is then withheld
 */
public record Detection(
        boolean found,
        double confidence,
        double syncZ,
        double signal,
        Optional<ContentId> contentId,
        boolean timeFound,
        double startSeconds,
        double endSeconds,
        double visibleWidth,
        double visibleHeight,
        int framesExamined,
        boolean mirrored,
        double timeZ,
        double timeBitZ) {

    /**
     * Why the excerpt's start is not reported although the content ID was found, in words;
     * empty when the start was read, or when there is no ID to place.
     */
    public Optional<String> timeDoubt() {
        if (!found || timeFound || Double.isNaN(timeZ)) return Optional.empty();
        if (timeZ < WatermarkDetector.TIME_Z_MIN) {
            return Optional.of(String.format(Locale.ROOT, "the time code scores z %.1f < %.1f",
                    timeZ, WatermarkDetector.TIME_Z_MIN));
        }
        return Optional.of(String.format(Locale.ROOT, "another start fits almost as well (the"
                + " best leads by z %.1f < %.1f), so the start could be off by seconds or hours",
                timeBitZ, TimeCheck.BIT_Z_MIN));
    }
}
