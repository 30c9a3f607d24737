package dev.longshot.media.provenance.c2pa;

import java.util.List;

/**
 * What {@link C2paVerifier} found in a file's C2PA manifest.
 *
 * @param state       none, invalid, valid (intact, signer not in the trust list) or trusted
 * @param problems    C2PA validation codes of what failed, e.g.
 *                    {@code assertion.bmffHash.mismatch}; empty when valid
 * @param signer      the signer certificate's subject; {@code null} when there is no manifest
 *                    or it cannot be read
 * @param aiGenerated whether the actions say the content was created by a trained model
 * @param assertions  the labels of the assertions the claim lists
 */
public record ManifestCheck(State state, List<String> problems, String signer,
        boolean aiGenerated, List<String> assertions) {
    /** How far a manifest holds up. */
    public enum State {
        NONE, INVALID, VALID, TRUSTED;

        /** Lower case, as the command line prints it. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ManifestCheck {
        problems = List.copyOf(problems);
        assertions = List.copyOf(assertions);
    }

    static ManifestCheck none() {
        return new ManifestCheck(State.NONE, List.of(), null, false, List.of());
    }

    static ManifestCheck invalid(String problem) {
        return new ManifestCheck(State.INVALID, List.of(problem), null, false, List.of());
    }
}
