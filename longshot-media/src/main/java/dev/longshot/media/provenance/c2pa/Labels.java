package dev.longshot.media.provenance.c2pa;

/** The C2PA labels and values longshot writes and checks. */
final class Labels {
    static final String STORE = "c2pa";
    static final String ASSERTIONS = "c2pa.assertions";
    static final String CLAIM = "c2pa.claim.v2";
    static final String SIGNATURE = "c2pa.signature";
    static final String ACTIONS = "c2pa.actions.v2";
    static final String BMFF_HASH = "c2pa.hash.bmff.v2";
    static final String DATA_HASH = "c2pa.hash.data";
    static final String CREATED = "c2pa.created";
    /** IPTC's term for media made by a trained model. */
    static final String TRAINED_ALGORITHMIC_MEDIA =
            "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

    private Labels() {}
}
