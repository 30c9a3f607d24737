package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * English nouns as kinds of catalog entries, by WordNet's hypernyms: a moose is an elk is a
 * deer, a dinghy a small boat a boat, a stationmaster a master … a person. Each creature and
 * thing entry is anchored at the noun senses of its English phrasings (creatures at senses
 * that are animals or people, things at senses that are objects, so the "path" of a career
 * is no road); an unknown noun climbs from its most common senses until it meets an anchor.
 * WordNet 3.1 ships as a jar and is opened on the first noun it is asked about (about a
 * second), on the planning thread: a background load made a run that runs out of heap fail
 * where no handler reports it.
 */
final class WordNetKinds implements Taxonomy {
    /**
     * Senses of an unknown noun tried, most common first. A later sense counts only when
     * WordNet's tagged corpus used it at least half as often as the first (a hand is no farm
     * hand, tea no tea shrub); when neither was ever tagged (birch: wood, then tree), the
     * second is tried too.
     */
    static final int SENSES = 3;
    /** Words that are nouns to WordNet but stand for nobody on screen. */
    private static final Set<String> INDEFINITE = Set.of("nobody", "somebody", "someone",
            "anyone", "anybody", "everyone", "everybody", "one", "other", "others", "thing",
            "something", "anything", "everything", "nothing", "male", "female", "guy", "guys");
    /** Steps up the hypernym tree at most: higher up, kinds are too broad to show as one. */
    static final int DEPTH = 6;
    /** How much nearer than a synonym each step up is reported. */
    private static final double STEP = 0.04;

    private final Catalog catalog;
    private Dictionary dictionary;
    private Map<Long, CatalogEntry> anchors;
    private final Map<String, Kind> found = new HashMap<>();
    private final Set<String> none = new HashSet<>();
    private static final int ANIMATE = 1;
    private static final int OBJECT = 2;
    private final Map<Long, Integer> reached = new HashMap<>();

    WordNetKinds(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public synchronized Kind kindOf(String lemma) {
        if (lemma.isEmpty() || !lemma.chars().allMatch(c -> c < 128 && Character.isLetter(c)
                || c == '-')) {
            return null;
        }
        if (none.contains(lemma) || INDEFINITE.contains(lemma)) return null;
        Kind k = found.get(lemma);
        if (k != null) return k;
        k = climb(lemma);
        if (k == null) none.add(lemma);
        else found.put(lemma, k);
        return k;
    }

    private Kind climb(String lemma) {
        try {
            IndexWord word = dictionary().lookupIndexWord(POS.NOUN, lemma);
            if (word == null || mostlyAQuality(word, lemma)) return null;
            List<Synset> senses = word.getSenses();
            int first = uses(senses.get(0), word.getLemma());
            for (int s = 0; s < Math.min(SENSES, senses.size()); s++) {
                Synset sense = senses.get(s);
                int n = uses(sense, word.getLemma());
                if (s > 0 && (first == 0 ? s > 1 || physicalObject(senses.get(0))
                        : 2 * n < first)) {
                    continue;
                }
                if (proper(sense, word.getLemma())) continue;
                Kind k = nearestAnchor(sense);
                if (k != null) return k;
            }
            return null;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be read: " + e.getMessage(), e);
        }
    }

    /** The anchor fewest hypernym steps above {@code sense}, breadth first. */
    private Kind nearestAnchor(Synset sense) {
        List<Synset> level = List.of(sense);
        Set<Long> seen = new HashSet<>();
        for (int depth = 0; depth <= DEPTH && !level.isEmpty(); depth++) {
            List<Synset> next = new ArrayList<>();
            for (Synset s : level) {
                if (!seen.add(s.getOffset())) continue;
                CatalogEntry e = anchors().get(s.getOffset());
                if (e != null) {
                    return new Kind(e, Math.round((1 - STEP * depth) * 1000) / 1000.0);
                }
                next.addAll(up(s));
            }
            level = next;
        }
        return null;
    }

    /**
     * Whether a word is used far more as an adjective or adverb than as a noun ("as we get
     * closer" is no closer of deals), by WordNet's tagged counts.
     */
    private boolean mostlyAQuality(IndexWord noun, String lemma) throws JWNLException {
        int asNoun = 0;
        for (Synset s : noun.getSenses()) asNoun += uses(s, noun.getLemma());
        int asQuality = 0;
        for (POS pos : List.of(POS.ADJECTIVE, POS.ADVERB)) {
            IndexWord q = dictionary().lookupIndexWord(pos, lemma);
            if (q == null) continue;
            for (Synset s : q.getSenses()) asQuality += uses(s, q.getLemma());
        }
        return asQuality > asNoun;
    }

    /** How often WordNet's tagged corpus used {@code lemma} in this sense. */
    private static int uses(Synset s, String lemma) {
        for (net.sf.extjwnl.data.Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(lemma)) return w.getUseCount();
        }
        return 0;
    }

    /** A sense that is a name (Grey the earl, Sand the writer), not a kind. */
    private static boolean proper(Synset s, String lemma) {
        for (net.sf.extjwnl.data.Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(lemma)) {
                return Character.isUpperCase(w.getLemma().charAt(0));
            }
        }
        return false;
    }

    private static List<Synset> up(Synset s) {
        List<Synset> out = new ArrayList<>();
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
            try {
                out.add(p.getTargetSynset());
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read", e);
            }
        }
        return out;
    }

    private Dictionary dictionary() throws JWNLException {
        if (dictionary == null) dictionary = Dictionary.getDefaultResourceInstance();
        return dictionary;
    }

    /** Synset offsets of the catalog's creature and thing phrasings. */
    private Map<Long, CatalogEntry> anchors() {
        if (anchors != null) return anchors;
        Map<Long, CatalogEntry> out = new HashMap<>();
        try {
            for (CatalogEntry e : catalog.entries()) {
                if (e.kind() != CatalogKind.CREATURE && e.kind() != CatalogKind.THING) continue;
                for (String phrasing : e.en()) {
                    // A plural adds nothing and can be a noun of its own ("stalls" is a stable).
                    if (pluralOf(phrasing, e.en())) continue;
                    IndexWord w = dictionary().lookupIndexWord(POS.NOUN, phrasing);
                    // "sky lantern" is looked up as sky: a phrase anchors only as itself.
                    if (w == null || phrasing.indexOf(' ') >= 0
                            && !w.getLemma().equalsIgnoreCase(phrasing)) {
                        continue;
                    }
                    // Its first sense of the entry's kind only: a cat is no guy, a rock no marble.
                    for (Synset s : w.getSenses()) {
                        if (fits(s, e.kind()) && !proper(s, w.getLemma())) {
                            out.putIfAbsent(s.getOffset(), e);
                            break;
                        }
                    }
                }
            }
        } catch (JWNLException ex) {
            throw new IllegalStateException("WordNet could not be read: " + ex.getMessage(), ex);
        }
        anchors = out;
        return out;
    }

    private static boolean pluralOf(String phrasing, List<String> phrasings) {
        return phrasing.endsWith("s") && (phrasings.contains(phrasing.substring(0,
                phrasing.length() - 1)) || phrasing.endsWith("es")
                && phrasings.contains(phrasing.substring(0, phrasing.length() - 2)));
    }

    /** A sense that is a thing one can point at (not a substance, act or idea). */
    private boolean physicalObject(Synset s) {
        return (reach(s) & OBJECT) != 0;
    }

    /** Creatures anchor at animal and person senses, things at objects that are neither. */
    private boolean fits(Synset s, CatalogKind kind) {
        int r = reach(s);
        boolean animate = (r & ANIMATE) != 0;
        return kind == CatalogKind.CREATURE ? animate : !animate && (r & OBJECT) != 0;
    }

    /** What is above a sense, as bits: an animal or a person, an object; each sense once. */
    private int reach(Synset s) {
        Integer known = reached.get(s.getOffset());
        if (known != null) return known;
        int r = 0;
        for (net.sf.extjwnl.data.Word w : s.getWords()) {
            String l = w.getLemma();
            if (l.equals("animal") || l.equals("person")) r |= ANIMATE;
            if (l.equals("object")) r |= OBJECT;
        }
        for (Synset h : up(s)) r |= reach(h);
        reached.put(s.getOffset(), r);
        return r;
    }
}
