/**
 * C2PA Content Credentials for longshot's MP4s, written by hand (no Java C2PA library exists):
 * JUMBF boxes, CBOR assertions and claim, a {@code c2pa.hash.bmff.v2} hard binding and a
 * COSE_Sign1 ES256 signature with an X.509 chain, in a top-level {@code uuid} box appended to
 * the finished file; and the checks {@code longshot verify} runs on them. c2pa-rs (the CAI's
 * reference implementation) validates what is written here; see the c2pa-verifier test.
 */
package dev.longshot.media.provenance.c2pa;
