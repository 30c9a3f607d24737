package dev.longshot.director;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that made one video, enough to make it again: the whole configuration, every
 * component, a digest of every resource that shapes the pixels, the storyboard and the build.
 * Written whole into the generation log and compactly into the video's metadata;
 * {@code longshot replay} reads it back and regenerates.
 *
 * <p>Render threads are in {@link #config()} but are not part of what a replay must match:
 * they never change the pixels, and the record's JSON leaves them out.
 *
 * @param build      the longshot build that made the video
 * @param config     the director's configuration
 * @param validation the validation configuration (its strictness is the only one)
 * @param labelMode  the visible label ({@code corner|slate|both|none})
 * @param components every stage, in pipeline order
 * @param resources  bundled files that shape the output, with their SHA-256
 * @param storyboard the storyboard; its bytes are absent in the compact form
 */
public record RunProvenance(Build build, DirectorConfig config, ValidationConfig validation,
        String labelMode, List<Component> components, List<Resource> resources,
        StoryboardSource storyboard) {

    public static final String FORMAT = "longshot-provenance/1";

    public RunProvenance {
        if (build == null || config == null || validation == null || labelMode == null
                || storyboard == null) {
            throw new IllegalArgumentException("provenance incomplete");
        }
        components = List.copyOf(components);
        resources = List.copyOf(resources);
    }

    /** The same record without the storyboard's bytes (its digest stays). */
    public RunProvenance compact() {
        return new RunProvenance(build, config, validation, labelMode, components, resources,
                storyboard.withoutBytes());
    }

    /** The resource named {@code name}, if recorded. */
    public Optional<Resource> resource(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * The build.
     *
     * @param version longshot's version, e.g. {@code 0.1.0}
     * @param commit  the git commit it was built from, or {@code unknown}
     */
    public record Build(String version, String commit) {
        public Build {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("build version missing");
            }
            if (commit == null || commit.isBlank()) commit = "unknown";
        }
    }

    /**
     * One stage of the pipeline, Tribuo style: what it is, which implementation, its settings.
     *
     * @param role           e.g. {@code text-encoder}, {@code memory}, {@code encoder}
     * @param implementation the class (or external library) doing it
     * @param version        its version
     * @param settings       its configuration, in a fixed order
     */
    public record Component(String role, String implementation, String version,
            Map<String, String> settings) {
        public Component {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }
    }

    /**
     * A bundled file that shapes the output.
     *
     * @param name   what it is, e.g. {@code memory-weights}
     * @param path   where it is on the class path
     * @param sha256 lower-case hex digest of its bytes
     */
    public record Resource(String name, String path, String sha256) {}

    /**
     * The storyboard.
     *
     * @param name   the file it was read from (its extension picks the format)
     * @param sha256 digest of its bytes
     * @param bytes  its bytes, or null in the compact form
     */
    public record StoryboardSource(String name, String sha256, byte[] bytes) {
        public StoryboardSource {
            if (name == null || sha256 == null) {
                throw new IllegalArgumentException("storyboard name or digest missing");
            }
            bytes = bytes == null ? null : bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes == null ? null : bytes.clone();
        }

        public boolean hasBytes() {
            return bytes != null;
        }

        public StoryboardSource withoutBytes() {
            return new StoryboardSource(name, sha256, null);
        }

        /** The bytes as text when they are exact UTF-8 (the usual case), else empty. */
        public Optional<String> utf8() {
            if (bytes == null) return Optional.empty();
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StoryboardSource s && name.equals(s.name)
                    && sha256.equals(s.sha256) && Arrays.equals(bytes, s.bytes);
        }

        @Override
        public int hashCode() {
            return sha256.hashCode();
        }

        @Override
        public String toString() {
            return "StoryboardSource[" + name + ", " + sha256 + ", "
                    + (bytes == null ? "no bytes" : bytes.length + " bytes") + "]";
        }
    }
}
