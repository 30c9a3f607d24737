package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.director.VideoSink;
import dev.longshot.media.provenance.LabelledVideoWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md rule 3 held by structure: no class of longshot-media or longshot-cli outside
 * {@code dev.longshot.media.provenance} can open an encoder that writes unmarked frames, and
 * inside it only the labelled writer and two bench hooks (which hand out a detection or a
 * number, never a file) reach the raw FFmpeg writer. Reads the compiled classes, so a
 * reflective or fully-qualified use counts too.
 */
class OnlyProvenanceWritesVideoTest {
    static final String PROVENANCE = "dev/longshot/media/provenance";
    static final String RAW_WRITER = PROVENANCE + "/FfmpegWriter";

    /** The public classes allowed to reach the raw writer, and why each is harmless. */
    static final Set<String> DOORS = Set.of(
            PROVENANCE + "/LabelledVideoWriter",  // labels, watermarks, checks the metadata
            PROVENANCE + "/ControlVideos",        // returns only detections on its controls
            PROVENANCE + "/EncoderThroughput");   // returns only frames per second

    /** Calls that create a file-writing encoder or muxer. */
    static final List<String> OPENERS = List.of(
            "org/bytedeco/javacv/FFmpegFrameRecorder.<init>",
            "org/bytedeco/javacv/FFmpegFrameRecorder.createDefault",
            "org/bytedeco/javacv/FrameRecorder.createDefault",
            "org/bytedeco/ffmpeg/global/avformat.avformat_alloc_output_context2",
            "org/bytedeco/ffmpeg/global/avformat.avio_open",
            "org/bytedeco/ffmpeg/global/avformat.avio_open2");

    static List<ClassFileRefs> mainClasses() {
        List<ClassFileRefs> all = new ArrayList<>(ClassFileRefs.allBeside(Main.class));
        all.addAll(ClassFileRefs.allBeside(LabelledVideoWriter.class));
        Set<String> names = new HashSet<>();
        all.forEach(c -> names.add(c.name()));
        assertTrue(names.contains("dev/longshot/cli/GenerateCommand"), "cli classes scanned");
        assertTrue(names.contains(RAW_WRITER), "media classes scanned");
        return all;
    }

    @Test
    void theRawWriterAndEveryWayToOpenItAreNotPublic() throws Exception {
        Class<?> writer = Class.forName(RAW_WRITER.replace('/', '.'));
        assertTrue(VideoSink.class.isAssignableFrom(writer), "the writer is a VideoSink");
        assertFalse(Modifier.isPublic(writer.getModifiers()), "writer class is public");
        assertFalse(Modifier.isProtected(writer.getModifiers()), "writer class is protected");
        for (Constructor<?> c : writer.getDeclaredConstructors()) {
            assertFalse(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(
                    c.getModifiers()), c + " is visible outside the package");
        }
        for (Method m : writer.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                assertFalse(Modifier.isPublic(m.getModifiers())
                        || Modifier.isProtected(m.getModifiers()), m + " opens it from outside");
            }
        }
    }

    private static final String JOINER = "dev/longshot/media/provenance/SegmentJoiner";

    @Test
    void noClassOutsideProvenanceOpensAnEncoderOrNamesTheRawWriter() {
        Set<String> offenders = new TreeSet<>();
        for (ClassFileRefs c : mainClasses()) {
            if (c.packageName().equals(PROVENANCE)) continue;
            if (c.mentions(RAW_WRITER)) offenders.add(c.name() + " names the raw writer");
            for (String opener : OPENERS) {
                if (c.members().contains(opener)) offenders.add(c.name() + " calls " + opener);
            }
        }
        assertEquals(Set.of(), offenders);
    }

    @Test
    void insideProvenanceOnlyTheWriterOpensAnEncoderAndOnlyTheDoorsReachIt() {
        List<ClassFileRefs> provenance = mainClasses().stream()
                .filter(c -> c.packageName().equals(PROVENANCE)).toList();
        Set<String> openers = new TreeSet<>();
        for (ClassFileRefs c : provenance) {
            if (OPENERS.stream().anyMatch(c.members()::contains)) openers.add(c.name());
        }
        // also shows the scan sees a real constructor call: it must find the writer's. The
        // joiner opens a recorder too, but only copies the packets of segments the writer
        // marked (and encodes their sound); the seal runs on what it wrote.
        assertEquals(Set.of(RAW_WRITER, JOINER), openers);

        // classes that reach the writer directly or through other classes of the package
        Set<String> reach = new HashSet<>(Set.of(RAW_WRITER, JOINER));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (ClassFileRefs c : provenance) {
                if (!reach.contains(c.name()) && reach.stream().anyMatch(c::mentions)) {
                    grew = reach.add(c.name());
                }
            }
        }
        Set<String> publicReach = new TreeSet<>();
        for (ClassFileRefs c : provenance) {
            if (c.isPublic() && reach.contains(c.name())) publicReach.add(c.name());
        }
        assertEquals(new TreeSet<>(DOORS), publicReach);
    }
}
