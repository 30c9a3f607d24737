package dev.longshot.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * English words to parts of speech by Apache OpenNLP's maxent tagger with its stock English
 * model ({@code en-pos-maxent.bin}, Penn Treebank tags, trained on newswire). The model is
 * loaded once, on the first English line (about 1 s on a quiet core, 3 s under load); each
 * thread tags with a tagger of its own, since OpenNLP's keeps per-call state. The tagger is a
 * fixed beam search over fixed weights: the same tokens give the same tags.
 */
final class EnglishTagger {
    /** The model inside {@code opennlp-postag-models}. */
    private static final String MODEL = "/en-pos-maxent.bin";
    /**
     * A tag the tagger gives with less probability than this is a guess and leaves the word
     * {@link PartOfSpeech#UNTAGGED}: below one half its own model finds another tag as likely.
     * The model is weakest exactly there, on a plural's bare verb in a short line ("hippos
     * wallow", "elephants drink": 0.43 and 0.49 for a noun).
     */
    static final double SURE = 0.5;
    /** Object pronouns that only a verb (or a preposition, which the lists know) comes before. */
    private static final Set<String> OBJECTS = Set.of("them", "him", "us", "me");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their",
            "its", "my", "our", "your");

    /** Penn tags of function words: prepositions, conjunctions, determiners, particles. */
    private static final Set<String> CLOSED = Set.of("IN", "TO", "CC", "DT", "PDT", "WDT", "EX",
            "MD", "RP", "POS", "WP", "WP$");

    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() ->
            new POSTaggerME(Model.INSTANCE, POSTagFormat.PENN));

    /** Loaded on first use, once per JVM: a Chinese-only run never pays for it. */
    private static final class Model {
        static final POSModel INSTANCE = load();

        private static POSModel load() {
            try (InputStream in = EnglishTagger.class.getResourceAsStream(MODEL)) {
                if (in == null) throw new IllegalStateException("missing resource " + MODEL);
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + MODEL, e);
            }
        }
    }

    /**
     * Our part of speech for each token: noun, verb or adjective where the tagger is sure,
     * else {@link PartOfSpeech#UNTAGGED}.
     */
    PartOfSpeech[] tag(String[] tokens) {
        POSTaggerME me = tagger.get();
        String[] tags = me.tag(tokens);
        double[] probs = me.probs();
        PartOfSpeech[] out = new PartOfSpeech[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            boolean npStart = i > 0 && (tags[i - 1].equals("DT") || tags[i - 1].equals("PRP$"));
            // "The bears move on" came back as bears/VBZ: after a determiner a verb is the
            // model contradicting the grammar it was trained on, so it is a guess too.
            boolean guess = probs[i] < SURE || npStart && tags[i].startsWith("VB");
            out[i] = guess ? PartOfSpeech.UNTAGGED : partOfSpeech(tags[i]);
            // "Bess the collie": the model reads a capitalised word it does not know as a
            // preposition or a determiner; the lists already know the
            // capitalised function words that open a line.
            if (!out[i].content() && Character.isUpperCase(tokens[i].charAt(0))) {
                out[i] = PartOfSpeech.UNTAGGED;
            }
            if (out[i] == PartOfSpeech.UNTAGGED && takesObject(tokens, i)) {
                out[i] = PartOfSpeech.VERB;
            }
        }
        return out;
    }

    /**
     * Whether a word the model is unsure of has an object right after it: "then lowers it",
     * "chases them". "it" may also start the next clause ("at dawn it rains"), so before "it"
     * only an -s form counts, and not one a determiner opens.
     */
    private static boolean takesObject(String[] tokens, int i) {
        if (i + 1 >= tokens.length) return false;
        String next = tokens[i + 1].toLowerCase(java.util.Locale.ROOT);
        if (OBJECTS.contains(next)) return true;
        String w = tokens[i].toLowerCase(java.util.Locale.ROOT);
        boolean afterDeterminer = i > 0 && DETERMINERS.contains(tokens[i - 1].toLowerCase(
                java.util.Locale.ROOT));
        return next.equals("it") && w.endsWith("s") && !w.endsWith("ss") && !afterDeterminer;
    }

    /**
     * A Penn Treebank tag to ours: NN* nouns (NNP names too), finite and bare VB* verbs, JJ*
     * adjectives and participles (VBG, VBN): "driving rain", "cattle driven", "packed" say
     * what something is like, the way an adjective does; closed classes function words; the
     * rest (adverbs, numbers, symbols, interjections) untagged.
     */
    static PartOfSpeech partOfSpeech(String penn) {
        if (penn.startsWith("NN")) return PartOfSpeech.NOUN;
        if (penn.equals("VBG") || penn.equals("VBN")) return PartOfSpeech.ADJECTIVE;
        if (penn.startsWith("VB")) return PartOfSpeech.VERB;
        if (penn.startsWith("JJ")) return PartOfSpeech.ADJECTIVE;
        // Closed classes the lists missed ("for", "like a helicopter"): they join words and
        // name nothing. Adverbs ("overhead", "inside") say where or when, and stay content.
        if (CLOSED.contains(penn)) return PartOfSpeech.FUNCTION;
        return PartOfSpeech.UNTAGGED;
    }
}
