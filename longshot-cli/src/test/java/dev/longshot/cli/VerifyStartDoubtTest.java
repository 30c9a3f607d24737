package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.media.provenance.ContentId;
import dev.longshot.media.provenance.c2pa.ManifestCheck;
import dev.longshot.media.provenance.watermark.Detection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code verify} on an excerpt whose ID was read but whose time code was too weak to trust. */
class VerifyStartDoubtTest {
    static final ContentId ID = ContentId.of("cd".repeat(32), 3);
    static final ManifestCheck NO_MANIFEST = new ManifestCheck(ManifestCheck.State.NONE,
            List.of(), null, false, List.of());

    static Detection weakTime(double timeZ, double bitZ) {
        return new Detection(true, 0.999999, 7.9, 1.1, Optional.of(ID), false, Double.NaN,
                Double.NaN, 1, 1, 240, false, timeZ, bitZ);
    }

    static String text(Detection d) {
        VerifyCommand cmd = new VerifyCommand();
        cmd.video = Path.of("excerpt.mp4");
        return cmd.text(new VerifyCommand.Report(d, VerifyCommand.range(d, NO_MANIFEST, 10),
                null, null, NO_MANIFEST, Map.of(), false));
    }

    @Test
    void aWeakTimeBitSaysIdFoundAndStartUncertainInsteadOfATime() {
        String out = text(weakTime(10.9, 1.3));
        assertTrue(out.contains("FOUND"), out);
        assertTrue(out.contains("ID found; start time uncertain: another start fits almost as"
                + " well (the best leads by z 1.3 < 3.5)"), out);
        assertFalse(out.contains(" – "), "a range was printed: " + out);
    }

    @Test
    void aWeakTimeScoreSaysSoToo() {
        String out = text(weakTime(5.1, Double.NaN));
        assertTrue(out.contains("start time uncertain: the time code scores z 5.1 < 6.5"), out);
    }

    @Test
    void aReadStartHasNoDoubt() {
        Detection d = new Detection(true, 0.999999, 14, 2, Optional.of(ID), true, 3.25, 13.25,
                1, 1, 240, false, 12.4, 7.1);
        assertTrue(d.timeDoubt().isEmpty());
        assertNull(VerifyCommand.startDoubt(new VerifyCommand.Report(d,
                VerifyCommand.range(d, NO_MANIFEST, 10), null, null, NO_MANIFEST, Map.of(),
                false)));
        assertTrue(text(d).contains("00:00:03.250 – 00:00:13.250"), text(d));
    }
}
