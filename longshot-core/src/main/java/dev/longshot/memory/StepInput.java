package dev.longshot.memory;

/**
 * Everything the network sees at one second, already turned into numbers (see {@link Features}).
 *
 * @param embedding  sentence embedding of the line (E)
 * @param concepts   lexicon concept features of the line (C)
 * @param visual     summary of the previous second's frames (VIS), zeros when absent
 * @param audio      band energies of the previous second's sound (AUD), zeros when absent
 * @param physics    world state after the previous second (PHY)
 * @param entities   subject index of each entity token, in subject order
 * @param entityRaw  (n, ENT) raw features of each entity token
 * @param departRef  1 when the line says something leaves without naming it, else 0
 */
public record StepInput(
        float[] embedding,
        float[] concepts,
        float[] visual,
        float[] audio,
        float[] physics,
        int[] entities,
        float[][] entityRaw,
        float departRef) {}
